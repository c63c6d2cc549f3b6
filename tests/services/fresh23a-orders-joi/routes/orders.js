'use strict';

const express = require('express');
const validate = require('../middleware/validate');
const schemas = require('../validation/schemas');

module.exports = (controller) => {
  const router = express.Router();
  router.get('/', validate(schemas.listQuery, 'query'), controller.list);
  router.post('/', validate(schemas.createOrder), controller.create);
  router.get('/:id', controller.show);
  router.post('/:id/status', validate(schemas.transition), controller.transition);
  return router;
};
