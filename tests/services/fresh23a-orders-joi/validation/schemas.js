'use strict';

const Joi = require('joi');

const line = Joi.object({
  sku: Joi.string().uppercase().pattern(/^[A-Z]{3}-\d{2}$/).required(),
  qty: Joi.number().integer().min(1).max(20).default(1),
});

exports.createOrder = Joi.object({
  customer: Joi.string().email().required(),
  lines: Joi.array().items(line).min(1).unique('sku').required(),
  coupon: Joi.string().uppercase().optional(),
});

exports.transition = Joi.object({
  status: Joi.string().valid('paid', 'shipped', 'delivered', 'cancelled').required(),
});

exports.listQuery = Joi.object({
  status: Joi.string(),
  customer: Joi.string(),
  minTotal: Joi.number().min(0),
  page: Joi.number().integer().min(1).default(1),
  size: Joi.number().integer().min(1).max(10).default(3),
});
