import { Router } from 'express';
import { asyncHandler } from '../utils/async-handler.js';
import { requireScope } from '../middleware/api-key.js';

export default function catalogRoutes(controller) {
  const router = Router();
  const read = requireScope('read');
  const write = requireScope('write');

  router.get('/stats', read, asyncHandler(controller.stats));
  router.get('/', read, asyncHandler(controller.list));
  router.post('/', write, asyncHandler(controller.create));
  router.post('/discounts', write, asyncHandler(controller.discount));
  router.get('/:id', read, asyncHandler(controller.show));
  router.post('/:id/stock', write, asyncHandler(controller.stock));
  router.post('/:id/reviews', read, asyncHandler(controller.review));
  return router;
}
