// Tickets through a reducer-based state machine: a frozen transitions table, a reducer that
// rebuilds state with spreads and Object.entries/fromEntries, a store module holding `let state`
// replaced on every dispatch, a hand-written groupBy into a Map, a getter on module.exports.
'use strict';
const express = require('express');
const store = require('./store');
const { TRANSITIONS } = require('./machine');

const app = express();
app.use(express.json());

app.post('/tickets', (req, res) => {
  const { seq } = store.dispatch({ type: 'create', ...req.body });
  res.status(201).json(store.getState().tickets[`T-${seq}`]);
});

app.post('/tickets/:id/:action', (req, res) => {
  const before = store.getState().rejected;
  const state = store.dispatch({ type: req.params.action, id: req.params.id, ...req.body });
  if (state.rejected > before) {
    const status = state.tickets[req.params.id]?.status;
    return res.status(409).json({ error: `cannot ${req.params.action}`, status: status ?? null, allowed: Object.keys(TRANSITIONS[status] ?? {}) });
  }
  res.json(state.tickets[req.params.id]);
});

app.post('/bulk/priority', (req, res) => {
  store.dispatch({ type: 'bulk-priority', ...req.body });
  res.json(Object.values(store.getState().tickets).map(({ id, priority }) => `${id}:${priority}`));
});

app.get('/board', (req, res) => {
  const by = req.query.by === 'priority' ? 'priority' : 'status';
  const groups = store.groupBy(Object.values(store.getState().tickets), (t) => t[by]);
  res.json(Object.fromEntries([...groups].map(([k, list]) => [k, list.map((t) => t.id)])));
});

app.get('/stats', (req, res) => {
  const { seq, rejected } = store.getState();
  res.json({ created: seq, rejected, actions: store.actions, last: store.lastActions() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
