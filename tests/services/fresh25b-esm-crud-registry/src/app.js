import express from 'express';
import defaultConfig from './config.js';
import { registry, createRepos } from './resources/index.js';
import { crudRouter } from './routes/crud.js';
import { makeActions } from './routes/actions.js';
import { HttpError } from './lib/errors.js';
import { trail, recorded } from './lib/audit.js';

export function createApp({ config = defaultConfig, repos = createRepos(), clock = () => config.now } = {}) {
  const app = express();
  app.use(express.json());
  app.use(config.apiPrefix, crudRouter({ registry, repos, config, clock }));
  for (const [name, handler] of Object.entries(makeActions({ repos }))) app.post(`${config.apiPrefix}/actions/${name}`, handler);
  app.get('/audit', (req, res) => res.json({ recorded: recorded(), trail: trail.slice(-Number(req.query.last ?? 5)) }));
  app.use((req, res) => res.status(404).json({ error: `no route ${req.method} ${req.path}` }));
  // eslint-disable-next-line no-unused-vars
  app.use((err, req, res, next) => {
    if (err instanceof HttpError) return res.status(err.status).json({ error: err.message, details: err.details });
    if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'invalid JSON' });
    return res.status(500).json({ error: 'internal' });
  });
  return app;
}
