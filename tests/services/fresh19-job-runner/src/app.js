'use strict';
const express = require('express');
const jobs = require('./routes/jobs');

const app = express();
app.use(express.json());
app.use('/jobs', jobs);
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.message });
});

module.exports = app;
