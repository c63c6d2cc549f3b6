'use strict';

const { ValidationError } = require('../utils/errors');

const validate = (schema, where = 'body') => (req, res, next) => {
  const result = schema.safeParse(req[where] ?? {});
  if (!result.success) {
    return next(new ValidationError(result.error.issues.map((i) => ({ path: i.path.join('.') || where, message: i.message }))));
  }
  req.valid = { ...(req.valid ?? {}), [where]: result.data };
  return next();
};

module.exports = { validate };
