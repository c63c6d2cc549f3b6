// Helper functions that update module state: a stats helper module (entries and
// counters changed through helpers and aliases), local helpers that record tags,
// called from a forEach callback. No handler writes a module variable by name.
const express = require('express');
const stats = require('./lib/stats');
const app = express();

const tags = { last: null, counts: {} };

function increment(table, key) {
  table[key] = (table[key] || 0) + 1;
}

function noteTag(tag) {
  const t = tags;
  t.last = tag;
  increment(t.counts, tag);
}

function noteTags(list) {
  list.forEach(noteTag);
}

app.post('/orders/:item', (req, res) => {
  const qty = Number(req.query.qty) || 1;
  stats.record(req.params.item, qty);
  noteTags(String(req.query.tags || '').split(',').filter(Boolean));
  res.json({ orders: stats.count(), item: stats.of(req.params.item) });
});

app.get('/stats', (req, res) => {
  res.json({ summary: stats.summary(), tags });
});

app.delete('/stats/:item', (req, res) => {
  const removed = stats.forget(req.params.item);
  res.status(removed ? 200 : 404).json({ removed, orders: stats.count() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
