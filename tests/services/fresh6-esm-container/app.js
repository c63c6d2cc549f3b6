// ES modules wired through a hand-written DI container: factories registered by
// name in one module and resolved lazily (each made once) in another, classes
// with private fields injected by constructor, async controller methods called
// through a wrapper that forwards rejections, and res.locals set upstream.
import express from 'express';
import { fileURLToPath } from 'node:url';
import './lib/wiring.js';
import { resolve, made } from './lib/container.js';

const app = express();
app.use(express.json());
app.use((req, res, next) => {
  res.locals.who = req.get('x-user') ?? 'anon';
  next();
});

const action = (name) => (req, res, next) => resolve('controller')[name](req, res).catch(next);

app.route('/kv/:key').get(action('show')).put(action('put')).delete(action('destroy'));

app.get('/keys', (req, res) => res.json(resolve('repo').keys(req.query.prefix)));
app.get('/audit', (req, res) => {
  res.json({ audit: resolve('audit'), writes: resolve('service').writes, made });
});

app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
