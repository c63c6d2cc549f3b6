import express from 'express';
import { ZodError } from 'zod';
import config from '#config';
import routes from './routes.js';

const app = express();
app.use(express.json());
app.use('/board', routes);
app.use((err, req, res, next) => {
  if (err instanceof ZodError) return res.status(422).json({ error: err.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
  if (err instanceof RangeError) return res.status(422).json({ error: err.message });
  if (err.status) return res.status(err.status).json({ error: err.message, ...err.cause });
  next(err);
});

console.log(`starting ${import.meta.filename.split('/').at(-1)}`);
app.listen(config.port, () => console.log(`${config.name} on :${config.port}`));
