'use strict';

const { validationResult } = require('express-validator');
const { ValidationError } = require('../errors');

// run the chains, then turn their result into our error type
const validate = (chains) => async (req, res, next) => {
  for (const chain of chains) await chain.run(req);
  const result = validationResult(req);
  if (result.isEmpty()) return next();
  next(new ValidationError('invalid input', result.array().map((e) => ({ field: e.path, msg: e.msg }))));
};

module.exports = validate;
