'use strict';

const { validationResult } = require('express-validator');

// Runs the chains, then answers 400 with the first error of each field.
module.exports = (chains) => [
  ...chains,
  (req, res, next) => {
    const result = validationResult(req);
    if (result.isEmpty()) return next();
    const errors = result.array({ onlyFirstError: true }).map((e) => ({ field: e.path, message: e.msg }));
    return res.status(400).json({ error: 'ValidationError', errors });
  },
];
