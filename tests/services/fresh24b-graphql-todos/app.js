'use strict';
const express = require('express');
const { createHandler } = require('graphql-http/lib/use/express');
const schema = require('./src/graphql/schema');
const rootValue = require('./src/graphql/resolvers');

const app = express();

app.get('/healthz', (req, res) => res.json({ ok: true }));

app.all(
  '/graphql',
  createHandler({
    schema,
    rootValue,
    context: (req) => ({ user: req.headers['x-user'] || 'anonymous' }),
  }),
);

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
