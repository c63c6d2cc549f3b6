'use strict';

const Joi = require('joi');
const { invalid } = require('../lib/errors');

const sku = Joi.string().uppercase().pattern(/^[A-Z0-9-]+$/);
const bin = Joi.string().uppercase().pattern(/^([A-Z]-\d{2}|QC)$/);

const schemas = {
  receive: Joi.object({ sku: sku.required(), bin: bin.required(), qty: Joi.number().integer().min(1).required(), ref: Joi.string().default('manual') }),
  transfer: Joi.object({ sku: sku.required(), from: bin.required(), to: bin.required().invalid(Joi.ref('from')), qty: Joi.number().integer().min(1).required() }),
  pickList: Joi.object({
    orderRef: Joi.string().required(),
    lines: Joi.array().items(Joi.object({ sku: sku.required(), qty: Joi.number().integer().min(1).required() })).min(1).required(),
  }),
  count: Joi.object({ bin: bin.required(), sku: sku.required(), counted: Joi.number().integer().min(0).required() }),
};

const validate = (name) => (req, res, next) => {
  const { value, error } = schemas[name].validate(req.body, { abortEarly: false, convert: true });
  if (error) return next(invalid(error.details.map((d) => d.message)));
  req.body = value;
  return next();
};

module.exports = { validate };
