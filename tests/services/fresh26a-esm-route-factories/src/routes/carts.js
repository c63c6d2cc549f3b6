import { Router } from 'express';
import { CartsController } from '../controllers/carts.js';

export const cartRoutes = (carts) => {
  const router = Router();
  const controller = new CartsController(carts);
  router.get('/_stats', controller.summary);
  router.post('/:cartId/items', controller.add);
  router.get('/:cartId', controller.view);
  return router;
};
