import express from 'express';
import { ProductRepository } from './repositories/product.repository.js';
import { CatalogService, auditService } from './services/index.js';
import { CatalogController } from './controllers/catalog.controller.js';
import catalogRoutes from './routes/catalog.routes.js';
import { errorHandler, notFound } from './middleware/error-handler.js';

export function createApp({ seed = [] } = {}) {
  const repository = new ProductRepository();
  for (const row of seed) repository.insert(row);
  const service = new CatalogService(repository);
  const controller = new CatalogController(service);

  const app = express();
  app.use(express.json());
  app.get('/audit', (req, res) => res.json(auditService.tail(Number(req.query.n ?? 5))));
  app.use('/products', catalogRoutes(controller));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
