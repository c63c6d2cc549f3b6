const express = require('express');
const createError = require('http-errors');
const routes = require('./routes');
const logger = require('./lib/logger');

const app = express();
app.use(express.json());
app.use(routes);
app.use((req, res, next) => next(createError(404)));
app.use((err, req, res, next) => {
  if (err.status >= 500 || !err.status) logger.error(err.message);
  res.status(err.status || 500).json({ status: err.status || 500, error: err.message });
});

module.exports = app;
