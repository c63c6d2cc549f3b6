'use strict';
const express = require('express');
const paymentsRouter = require('./routes/payments');

const app = express();
app.use(express.json());
app.use('/v1', paymentsRouter);

app.use((err, req, res, next) => {
  res.status(502).json({ error: err.message });
});

module.exports = app;
