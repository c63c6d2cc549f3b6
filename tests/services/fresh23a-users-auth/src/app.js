'use strict';

const express = require('express');
const routes = require('./routes');
const errorHandler = require('./middleware/errorHandler');
const { NotFoundError } = require('./errors');

const app = express();
app.disable('x-powered-by');
app.use(express.json());
app.use('/api/v1', routes);
app.use((req, res, next) => next(new NotFoundError('route', `${req.method} ${req.path}`)));
app.use(errorHandler);

module.exports = app;
