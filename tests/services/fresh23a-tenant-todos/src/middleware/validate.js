'use strict';

const { validationResult } = require('express-validator');
const { ValidationError } = require('../errors');

module.exports = (req, res, next) => {
  const errors = validationResult(req);
  if (errors.isEmpty()) return next();
  next(new ValidationError(errors.array().map(({ path, msg }) => ({ path, msg }))));
};
