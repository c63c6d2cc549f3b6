const { Router } = require('express');

module.exports = function teamRoutes(controller) {
  const router = Router();
  router.post('/', controller.create);
  router.post('/:id/members', controller.join);
  router.get('/:id', controller.roster);
  return router;
};
