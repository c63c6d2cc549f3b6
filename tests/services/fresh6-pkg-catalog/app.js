// A catalog with npm packages in its layers: http-errors thrown from a service
// singleton and a middleware, lodash queries and writes (_.assign, _.remove) on
// the singleton's array, and a config file read lazily once and cached.
const express = require('express');
const createError = require('http-errors');
const routes = require('./src/routes');

const app = express();
app.use(express.json());
app.use('/api', routes);
app.use((req, res, next) => next(createError(404)));
app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ status: err.status, message: err.expose ? err.message : 'internal error' });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
