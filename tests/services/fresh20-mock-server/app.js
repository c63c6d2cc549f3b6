// A mock API server of the kind people paste to stub a backend: `POST /__mocks` registers a stub
// route at run time on a router mounted under /api (`stubs[method](path, handler)`), each stub a
// closure over its response that counts its hits in a Map; `GET /__mocks` lists them with the
// number of routes in the router's stack, and unknown paths fall through to a 404 counted too.
'use strict';
const express = require('express');

const app = express();
app.use(express.json());

const stubs = express.Router();
const hits = new Map();
let misses = 0;

app.post('/__mocks', (req, res) => {
  const { method = 'get', path, status = 200, body = {} } = req.body ?? {};
  if (!path?.startsWith('/') || typeof stubs[method] !== 'function') {
    return res.status(400).json({ error: 'path and a known method required' });
  }
  const key = `${method.toUpperCase()} ${path}`;
  hits.set(key, 0);
  stubs[method](path, (rq, rs) => {
    hits.set(key, hits.get(key) + 1);
    rs.status(status).json({ ...body, params: rq.params, hit: hits.get(key) });
  });
  res.status(201).json({ key, routes: stubs.stack.length });
});

app.get('/__mocks', (req, res) => {
  res.json({ stubs: Object.fromEntries(hits), routes: stubs.stack.length, misses });
});

app.use('/api', stubs);
app.use((req, res) => {
  misses++;
  res.status(404).json({ error: `no stub for ${req.method} ${req.path}`, misses });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
