'use strict';
const express = require('express');
const routes = require('./routes');

const app = express();
app.use(express.json());
app.use('/api', routes);
app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.expose ? err.message : 'internal' }));

module.exports = app;
