// A load balancer that keeps its place in iterators saved in module variables: a weighted pool
// class iterated through its `*[Symbol.iterator]()`, a cursor over a Map's `entries()` paging
// through sessions across requests, and a `values()` iterator restarted when it runs out.
'use strict';
const express = require('express');
const { Pool } = require('./lib/pool');

const app = express();
app.use(express.json());

const pool = new Pool().add('a', 2).add('b');
let turn = pool[Symbol.iterator]();

const sessions = new Map();
let cursor = null;

const tags = new Set(['red', 'green', 'blue']);
let tagIt = tags.values();

function nextBackend() {
  let step = turn.next();
  if (step.done) {
    turn = pool[Symbol.iterator]();
    step = turn.next();
  }
  return step.value;
}

app.get('/route', (req, res) => {
  const backend = nextBackend();
  if (!backend) return res.status(503).json({ error: 'empty pool' });
  backend.served++;
  res.json({ backend: backend.name, served: backend.served });
});

app.post('/pool', (req, res) => {
  pool.add(req.body.name, req.body.weight);
  res.status(201).json({ size: pool.size });
});

app.delete('/pool/:name', (req, res) => {
  res.json({ removed: pool.remove(req.params.name), size: pool.size });
});

app.post('/sessions', (req, res) => {
  const id = `s${sessions.size + 1}`;
  sessions.set(id, { user: req.body.user, tag: tagIt.next().value ?? ((tagIt = tags.values()), tagIt.next().value) });
  res.status(201).json({ id, ...sessions.get(id) });
});

app.get('/sessions/page', (req, res) => {
  const size = Number(req.query.size ?? 2);
  if (req.query.restart === '1' || !cursor) cursor = sessions.entries();
  const page = [];
  for (let i = 0; i < size; i++) {
    const { value, done } = cursor.next();
    if (done) {
      cursor = null;
      break;
    }
    page.push(value);
  }
  res.json({ page, more: cursor !== null });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
