const express = require('express');
const { createContainer } = require('./container');
const routes = require('./routes');
const { HttpError } = require('./lib/errors');

const app = express();
app.use(express.json());
app.use(routes(createContainer()));

app.use((req, res) => res.status(404).json({ error: `no route for ${req.method} ${req.path}` }));
// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  if (err instanceof HttpError) return res.status(err.status).json({ error: err.message, details: err.details });
  res.status(500).json({ error: 'internal' });
});

module.exports = app;
