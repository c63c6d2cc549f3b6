// Module state reached only through accessors: an object literal whose getters return module
// variables and whose setter trims them, an `Object.defineProperty` getter over a drop counter,
// and counters on module.exports defined with `Object.defineProperties` (one written by `+=`).
'use strict';
const express = require('express');
const store = require('./lib/store');
const counters = require('./lib/counters');

const app = express();
app.use(express.json());

app.get('/messages', (req, res) => {
  counters.read();
  const { items, size, limit, dropped } = store;
  res.json({ items, size, limit, dropped, reads: counters.reads });
});

app.post('/messages', (req, res) => {
  const size = store.add(req.body.text);
  counters.writes += 1;
  res.status(201).json({ size, writes: counters.writes });
});

app.put('/limit', (req, res) => {
  store.limit = req.body.limit;
  counters.writes++;
  res.json({ limit: store.limit, size: store.size, dropped: store.dropped });
});

app.delete('/messages', (req, res) => {
  const cleared = store.clear();
  res.json({ cleared, size: store.size, snapshot: { ...store } });
});

app.get('/counters', (req, res) => {
  res.json({ ...counters });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
