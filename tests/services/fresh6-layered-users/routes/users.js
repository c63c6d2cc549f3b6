const express = require('express');

module.exports = (controller) => {
  const router = express.Router();
  router.get('/', controller.index);
  router.post('/', controller.create);
  router.get('/:id', controller.show);
  router.post('/:id/promote', controller.promote);
  router.delete('/:id', controller.destroy);
  return router;
};
