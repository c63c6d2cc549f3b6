// Errors as a taxonomy: AppError subclasses with static status fields read through a getter on
// this.constructor, `new.target.name`, `cause` chains, toJSON for the body; routes throw them
// synchronously and from router.param via next(err); one error-handling middleware counts errors
// by class name in a Map and keeps the causes.
'use strict';
const express = require('express');
const accounts = require('./routes/accounts');
const errorHandler = require('./middleware/errorHandler');
const { NotFoundError } = require('./errors');

const app = express();
app.use(express.json());
app.use('/accounts', accounts);
app.get('/errors', (req, res) => res.json(errorHandler.report()));
app.use((req, res, next) => next(new NotFoundError(`route ${req.method} ${req.path}`)));
app.use(errorHandler);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
