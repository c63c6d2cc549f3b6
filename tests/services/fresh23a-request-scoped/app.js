'use strict';

// Members API: a middleware hangs the member from the repository on req/res; the handlers write through it.
const express = require('express');
const routes = require('./routes');
const errorHandler = require('./middleware/errorHandler');
const { NotFoundError } = require('./errors/AppError');

const app = express();
app.use(express.json());
app.use('/api', routes);
app.use((req, res, next) => next(new NotFoundError(`${req.originalUrl} not found`)));
app.use(errorHandler);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
