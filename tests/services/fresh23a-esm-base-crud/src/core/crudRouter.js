import { Router } from 'express';

export function crudRouter(controller, extend) {
  const router = Router();
  extend?.(router, controller);
  router.route('/').get(controller.index).post(controller.create);
  router.route('/:id').get(controller.show).patch(controller.update).delete(controller.destroy);
  return router;
}
