'use strict';

const Joi = require('joi');

const sku = Joi.string().uppercase().pattern(/^[A-Z]{3}-\d{3}$/).messages({
  'string.pattern.base': '{{#label}} must look like ABC-123',
});

exports.product = Joi.object({
  sku: sku.required(),
  name: Joi.string().trim().min(2).required(),
  category: Joi.string().valid('tools', 'garden', 'kitchen').default('tools'),
  price: Joi.number().precision(2).positive().required(),
  stock: Joi.number().integer().min(0).default(0),
});

exports.adjustment = Joi.object({
  delta: Joi.number().integer().invalid(0).required(),
  reason: Joi.string().valid('delivery', 'damage', 'count').required(),
});

exports.reservation = Joi.object({
  sku: sku.required(),
  qty: Joi.number().integer().min(1).max(Joi.ref('$max')).required(),
  customer: Joi.string().email().required(),
});
