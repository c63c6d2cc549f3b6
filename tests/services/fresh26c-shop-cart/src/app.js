'use strict';
const express = require('express');
const routes = require('./routes');
const { HttpError } = require('#lib/errors');

const app = express();
app.disable('x-powered-by');
app.use(express.json());
app.use('/api', routes);

app.use((err, req, res, next) => {
  if (!(err instanceof HttpError)) return next(err);
  const body = { error: err.name, message: err.message };
  if (err.cause) body.cause = err.cause instanceof Error ? err.cause.message : err.cause;
  res.status(err.status).json(body);
});

module.exports = app;
