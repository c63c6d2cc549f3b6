'use strict';

const express = require('express');
const { api, adminRouter } = require('./routes');
const errorHandler = require('./middleware/errorHandler');

const app = express();
app.use(express.json());
app.use('/admin', adminRouter);
app.use('/api', api);
app.use(errorHandler);

module.exports = app;
