// A feature-flag service as ES modules: flags with percentage rollouts bucketed by a sha1 of
// `${flag}:${userId}`, per-user overrides, an evaluator made by a factory whose closure counts
// exposures per flag and variant, flag changes bumping a version and kept in a bounded changelog
// (`Array.prototype.at`, spread), and a router module mounted under /flags.
import express from 'express';
import { fileURLToPath } from 'node:url';
import flagsRouter from './routes/flags.js';
import { evaluator } from './lib/evaluator.js';

const app = express();
app.use(express.json());

app.use('/flags', flagsRouter);

app.get('/evaluate/:user', (req, res) => {
  const names = req.query.flags?.split(',') ?? [];
  res.json(evaluator.evaluateAll(req.params.user, names));
});

app.get('/exposures', (req, res) => {
  res.json(evaluator.exposures());
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
