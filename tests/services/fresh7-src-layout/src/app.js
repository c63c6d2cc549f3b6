const express = require('express');
const config = require('./config');
const routes = require('./routes');
const requestCounter = require('./middleware/requestCounter');
const errorHandler = require('./middleware/errorHandler');

const app = express();

app.disable('x-powered-by');
app.use(express.json());
app.use(requestCounter);
app.use(config.apiPrefix, routes);
app.use((req, res) => res.status(404).json({ error: `no route for ${req.method} ${req.path}` }));
app.use(errorHandler);

module.exports = app;
