'use strict';
const express = require('express');
const authRoutes = require('./routes/auth');
const apiRoutes = require('./routes/api');

const app = express();
app.set('trust proxy', true);
app.use(express.json());

app.use('/auth', authRoutes);
app.use('/api', apiRoutes);

app.use((err, req, res, next) => {
  res.status(500).json({ error: 'internal' });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
