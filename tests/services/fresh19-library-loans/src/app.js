const express = require('express');
const { StatusCodes } = require('http-status-codes');
const routes = require('./routes');
const errorHandler = require('./middleware/errorHandler');

const app = express();
app.use(express.json());
app.use('/v1', routes);
app.use((req, res) => res.status(StatusCodes.NOT_FOUND).json({ message: `Route ${req.originalUrl} not found` }));
app.use(errorHandler);

module.exports = app;
