'use strict';
const { validationResult } = require('express-validator');

module.exports = (chains) => [
  ...chains,
  (req, res, next) => {
    const result = validationResult(req);
    if (result.isEmpty()) return next();
    return res.status(422).json({ errors: result.array().map((e) => ({ field: e.path, msg: e.msg })) });
  },
];
