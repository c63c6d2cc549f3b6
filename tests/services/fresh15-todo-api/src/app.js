'use strict';

const express = require('express');
const helmet = require('helmet');
const createError = require('http-errors');

const lists = require('./routes/lists');
const todos = require('./routes/todos');
const stats = require('./routes/stats');
const requestId = require('./middleware/requestId');
const errorHandler = require('./middleware/errorHandler');

const app = express();

app.disable('x-powered-by');
app.use(helmet());
app.use(express.json({ limit: '100kb' }));
app.use(requestId());

app.get('/health', (req, res) => res.json({ status: 'ok' }));

app.use('/lists', lists);
app.use('/lists/:listId/todos', todos);
app.use('/stats', stats);

app.use((req, res, next) => next(createError(404, `Cannot ${req.method} ${req.path}`)));
app.use(errorHandler);

module.exports = app;
