'use strict';

const express = require('express');
const tenant = require('../middleware/tenant');
const quota = require('../middleware/quota');
const validate = require('../middleware/validate');
const todos = require('../controllers/todoController');
const admin = require('../controllers/adminController');
const v = require('../validators/todo');

const api = express.Router();
api.use(tenant);
api.get('/todos', v.listTodos, validate, todos.list);
api.post('/todos', quota, v.createTodo, validate, todos.create);
api.post('/todos/:id/toggle', todos.toggle);
api.delete('/todos/:id', todos.remove);
api.get('/stats', todos.stats);

const adminRouter = express.Router();
adminRouter.post('/tenants', admin.createTenant);
adminRouter.patch('/tenants/:slug/plan', admin.changePlan);
adminRouter.get('/tenants', admin.list);

module.exports = { api, adminRouter };
