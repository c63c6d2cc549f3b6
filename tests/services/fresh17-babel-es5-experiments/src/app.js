import express from 'express';
import { registry, changelog } from './experiments';
import { ExperimentError } from './errors';

const app = express();
app.use(express.json());

const route = (fn) => async (req, res, next) => {
  try {
    await fn(req, res);
  } catch (err) {
    next(err);
  }
};

app.post('/experiments', route(async (req, res) => {
  const exp = await registry.create(req.body.key, req.body.variants);
  res.status(201).json({ key: exp.key, variants: exp.variants });
}));

app.get('/experiments/:key/variant', route(async (req, res) => {
  res.json(await registry.expose(req.params.key, req.query.user));
}));

app.post('/experiments/:key/convert', route(async (req, res) => {
  res.json({ variant: registry.get(req.params.key).convert(req.body.user) });
}));

app.post('/experiments/:key/overrides', route(async (req, res) => {
  registry.force(req.params.key, req.body.user, req.body.variant);
  res.status(204).end();
}));

app.post('/experiments/:key/stop', route(async (req, res) => {
  registry.stop(req.params.key);
  res.json({ stopped: req.params.key });
}));

app.get('/experiments/:key', route(async (req, res) => {
  res.json({ report: registry.get(req.params.key).report, changelog });
}));

app.use((err, req, res, next) => {
  const known = err instanceof ExperimentError;
  res.status(known ? err.status : 500).json({ error: err.message, name: err.name, known });
});

app.listen(process.env.PORT || 3000);
