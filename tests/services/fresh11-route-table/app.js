// Routes from a declarative table (`{ method, path, handler }` objects) mounted in a loop with
// `app[route.method](route.path, handler)`; handlers are static methods of a controller class with
// static private state, and shorthand methods and arrows of an object literal in another module.
'use strict';
const express = require('express');
const routes = require('./routes');

const app = express();
app.use(express.json());

const ordered = [...routes.filter((r) => r.before), ...routes.filter((r) => !r.before)];
for (const { method, path, handler } of ordered) {
  app[method](path, handler);
}

app.get('/routes', (req, res) => res.json(ordered.map(({ method, path }) => `${method.toUpperCase()} ${path}`)));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
