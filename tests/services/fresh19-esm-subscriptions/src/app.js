import express from 'express';
import { StatusCodes, ReasonPhrases } from 'http-status-codes';
import routes from './routes/index.js';
import { DomainError } from './services/subscriptions.js';

export function buildApp() {
  const app = express();
  app.use(express.json());
  app.use('/api', routes);
  app.all('*', (req, res) => res.status(StatusCodes.NOT_FOUND).json({ code: 'no_route', message: ReasonPhrases.NOT_FOUND }));
  // eslint-disable-next-line no-unused-vars
  app.use((err, req, res, next) => {
    if (err instanceof DomainError) return res.status(err.status).json({ code: err.code, message: err.message });
    return res.status(StatusCodes.INTERNAL_SERVER_ERROR).json({ code: 'internal', message: ReasonPhrases.INTERNAL_SERVER_ERROR });
  });
  return app;
}
