'use strict';
const express = require('express');
const config = require('#util/env');
const routes = require('./http/routes');
const { PageError } = require('./content').pages;

const app = express();
app.use(express.json());
app.use(routes);
app.use((err, req, res, next) => {
  if (err instanceof PageError) return res.status(err.status).json({ error: err.message });
  next(err);
});

if (require.main === module) {
  app.listen(config.port, () => console.log(`cms on ${config.port}`));
}

module.exports = app;
