// A CommonJS users API in layers under lib/: a repository singleton (class with a
// private Map and a static block), a service hashing passwords through a callback
// function wrapped by util.promisify, sessions kept by a token store, an auth
// middleware counting failures per user in a module-level Map, http-errors and an
// error handler. Tokens are sha256 of name+counter (node:crypto), so deterministic.
const express = require('express');
const routes = require('./lib/routes');
const { errorHandler } = require('./lib/middleware/errors');

const app = express();
app.use(express.json());
app.use('/api', routes);
app.use(errorHandler);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
