'use strict';

const { HttpError } = require('../errors');

module.exports = (err, req, res, next) => {
  if (!(err instanceof HttpError)) return res.status(500).json({ error: 'internal' });
  const { status, message, name, stack, ...extra } = err;
  res.status(status).json({ error: name, message, ...extra });
};
