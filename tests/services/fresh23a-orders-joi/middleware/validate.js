'use strict';

const { RequestValidationError } = require('../errors');

// validate(schema, 'body' | 'query' | 'params'): replaces the part with Joi's converted value
module.exports = (schema, part = 'body') => (req, res, next) => {
  const { error, value } = schema.validate(req[part], { abortEarly: false, stripUnknown: true });
  if (error) return next(new RequestValidationError(error.details.map((d) => d.message)));
  if (part === 'query') req.validQuery = value;
  else req[part] = value;
  next();
};
