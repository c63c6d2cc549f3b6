'use strict';

const { Router } = require('express');

module.exports = function buildRoutes(container) {
  const router = Router();
  const tasks = container.resolve('taskController');
  router.get('/tasks', tasks.list);
  router.post('/tasks', tasks.create);
  router.post('/tasks/:id/complete', tasks.complete);
  router.delete('/tasks/:id', tasks.remove);

  const admin = container.resolve('adminController');
  router.get('/admin/audit', admin.audits);
  router.get('/admin/container', admin.containerInfo);
  router.get('/admin/request-id', admin.requestId);
  return router;
};
