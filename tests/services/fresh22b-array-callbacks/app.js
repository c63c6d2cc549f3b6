// A stock book whose module state is written by the callbacks handed to array methods, in helpers of
// other modules: `forEach` into a totals object, `reduce` into an outer Map kept by the module (a
// Map.groupBy fallback), `sort` comparators counting comparisons, `some`/`find` predicates counting
// probes and remembering the last match, `Array.from` and `flatMap` mappers drawing sequence numbers
// and writing a log, `filter` pruning as it counts, and `every` marking items it sees.
'use strict';
const express = require('express');
const { stats, byPrice, byQtyDesc } = require('./lib/stats');
const { groupInto, groupObject, each } = require('./lib/groups');

const app = express();
app.use(express.json());

let items = [];
const totals = {};
const byCategory = new Map();
const movements = [];
let seq = 100;
let lastMatch = null;
const seen = new Set();

const addTotal = (item) => {
  totals[item.cat] = (totals[item.cat] ?? 0) + item.qty;
};

app.post('/items', (req, res) => {
  const incoming = Array.from(req.body.items, (item) => ({ ...item, id: ++seq }));
  const count = each(incoming, addTotal);
  items.push(...incoming);
  groupInto(incoming, (item) => item.cat, byCategory);
  res.status(201).json({ count, ids: incoming.map((i) => i.id), totals });
});

app.get('/items/cheapest', (req, res) => {
  const sorted = [...items].sort(byPrice);
  res.json({ skus: sorted.slice(0, 3).map((i) => i.sku), comparisons: stats.comparisons });
});

app.post('/items/reorder', (req, res) => {
  items.sort(byQtyDesc); // in place: the module's array
  res.json({ order: items.map((i) => i.sku), comparisons: stats.comparisons });
});

app.get('/items/find/:sku', (req, res) => {
  const found = items.find((item) => {
    stats.probes++;
    return item.sku === req.params.sku;
  });
  if (found) lastMatch = found.sku;
  const anyLow = items.some((item) => {
    stats.probes++;
    return item.qty < (Number(req.query.low) || 3);
  });
  res.json({ found: found ?? null, anyLow, probes: stats.probes });
});

app.post('/items/ship', (req, res) => {
  // every order line moves stock; flatMap writes the movement log as it maps
  const lines = req.body.lines.flatMap(({ sku, qty }) => {
    const item = items.find((i) => i.sku === sku);
    if (!item) return [];
    item.qty -= qty;
    totals[item.cat] -= qty;
    movements.push({ n: ++seq, sku, qty: -qty });
    return [{ sku, left: item.qty }];
  });
  res.json({ lines, movements: movements.length });
});

app.post('/items/prune', (req, res) => {
  let dropped = 0;
  items = items.filter((item) => {
    if (item.qty > 0) return true;
    dropped++;
    byCategory.set(item.cat, byCategory.get(item.cat).filter((i) => i !== item));
    return false;
  });
  res.json({ dropped, left: items.length });
});

app.post('/audit', (req, res) => {
  const allStocked = items.every((item) => {
    seen.add(item.sku);
    return item.qty > 0;
  });
  res.json({ allStocked, seen: [...seen].sort() });
});

app.get('/report', (req, res) => {
  stats.mapped += items.length;
  const categories = Object.fromEntries(
    [...byCategory].map(([cat, list]) => [cat, list.map((i) => `${i.sku}:${i.qty}`)]),
  );
  const byPriceBand = Object.fromEntries(
    Object.entries(groupObject(items, (i) => (i.price >= 10 ? 'high' : 'low'))).map(([k, v]) => [k, v.length]),
  );
  res.json({ totals, categories, byPriceBand, movements, lastMatch, stats, seq });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
