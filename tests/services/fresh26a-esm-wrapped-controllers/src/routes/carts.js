import { Router } from 'express';
import { CartsController } from '../controllers/carts.js';

// kept from the Express 4 days: forwards a rejected promise to next()
const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

export const cartRoutes = (carts) => {
  const router = Router();
  const controller = new CartsController(carts);
  router.get('/_stats', asyncHandler(controller.summary));
  router.post('/:cartId/items', asyncHandler(controller.add));
  router.get('/:cartId', asyncHandler(controller.view));
  return router;
};
