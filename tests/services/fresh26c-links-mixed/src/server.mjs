import express from 'express';
import { createRequire } from 'node:module';
import routes from './routes/index.cjs';
import { LinkError } from '#lib/store';

const require = createRequire(import.meta.url);
const pkg = require('../package.json');

const app = express();
app.use(express.json());
app.get('/', (req, res) => res.json({ name: pkg.name, version: pkg.version, dir: import.meta.dirname.split('/').at(-1) }));
app.use(routes);
app.use((err, req, res, next) => {
  if (err instanceof LinkError) return res.status(err.status).json({ error: err.message });
  next(err);
});

const port = Number(process.env.PORT ?? 8181);
app.listen(port, () => console.log(`links on :${port}`));
