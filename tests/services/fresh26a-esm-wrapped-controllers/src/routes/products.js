import { Router } from 'express';
import { ProductsController } from '../controllers/products.js';

export default function productRoutes(catalog) {
  const router = Router();
  const controller = new ProductsController(catalog);
  router.get('/', controller.list);
  router.post('/', controller.create);
  router.get('/recent', controller.recent);
  return router;
}
