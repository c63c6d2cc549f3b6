import express from 'express';

import { ordersRouter } from './api/orders.js';
import { catalogRouter } from './api/catalog.js';
import { errorHandler, notFound } from './api/errors.js';

export function createApp() {
  const app = express();
  app.use(express.json());
  app.get('/healthz', (_req, res) => res.type('text').send('ok'));
  app.use('/catalog', catalogRouter);
  app.use('/orders', ordersRouter);
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
