'use strict';

const express = require('express');

const app = express();
app.use(express.json());
app.use('/', require('./routes/shop'));
app.use('/reports', require('./routes/reports'));
app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.message, kind: err.constructor.name }));

module.exports = app;
