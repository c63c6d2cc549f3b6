// Writes recorded by a Proxy: the state is only ever changed through a journaling proxy (nested
// objects proxied as read, `push` on a proxied array, `delete`, `in` counted by a `has` trap), undo
// replays the journal backwards on the raw object, and a validating proxy's set trap returning
// false makes strict assignments throw.
'use strict';
const express = require('express');
const { journaled, revert } = require('./lib/journaled');
const { typed, rejected } = require('./lib/strict');

const raw = { users: {}, tags: [], meta: { version: 0 } };
const journal = [];
const state = journaled(raw, journal);
const profile = typed({ name: 'string', age: 'number', admin: 'boolean' });

const app = express();
app.use(express.json());

function bump() {
  state.meta.version += 1;
}

app.put('/users/:id', (req, res) => {
  const existed = req.params.id in state.users;
  state.users[req.params.id] = { name: req.body.name, visits: 0 };
  bump();
  res.status(existed ? 200 : 201).json(raw.users[req.params.id]);
});

app.post('/users/:id/visit', (req, res) => {
  if (!(req.params.id in state.users)) return res.status(404).json({ error: 'unknown user' });
  state.users[req.params.id].visits++;
  res.json({ visits: raw.users[req.params.id].visits });
});

app.delete('/users/:id', (req, res) => {
  const ok = delete state.users[req.params.id];
  bump();
  res.json({ ok, users: Object.keys(raw.users) });
});

app.post('/tags', (req, res) => {
  state.tags.push(...req.body.tags);
  res.json({ tags: raw.tags, entries: journal.length });
});

app.post('/undo', (req, res) => {
  const n = Math.min(Number(req.query.n ?? 1), journal.length);
  const undone = journal.splice(journal.length - n, n).reverse();
  undone.forEach((entry) => revert(raw, entry));
  res.json({ undone: undone.map((e) => `${e.op}:${e.path.join('.')}`), state: raw });
});

app.get('/journal', (req, res) => {
  const since = Number(req.query.since ?? 0);
  res.json({
    reads: journal.reads || 0,
    entries: journal.slice(since).map((e) => [e.op, e.path.join('.'), e.value ?? null]),
  });
});

app.get('/state', (req, res) => res.json(raw));

app.patch('/profile', (req, res) => {
  const applied = [];
  try {
    for (const [k, v] of Object.entries(req.body)) {
      profile[k] = v;
      applied.push(k);
    }
    res.json({ applied, profile });
  } catch (err) {
    res.status(422).json({ applied, error: err.constructor.name, rejected, profile });
  }
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
