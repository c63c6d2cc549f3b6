// Counters written only by the iteration protocol and by thisArg callbacks: a catalog singleton whose
// `*[Symbol.iterator]()` bumps its `reads` and a static `scans` (iterated by for..of, spread, `new Set`,
// `Array.from` and destructuring in handlers that write nothing else), a feed object that is its own
// iterator (`next()` moving its cursor, `return()` counting readers that stop early), and tallies
// written through `this` by `forEach(countKind, byKind)` and `map(function () {...}, seenTags)`.
'use strict';
const express = require('express');
const catalog = require('./lib/catalog');
const feed = require('./lib/feed');
const { tallyKinds, collectTags } = require('./lib/tally');

const app = express();
app.use(express.json());

app.post('/items', (req, res) => {
  const size = catalog.add(req.body);
  res.status(201).json({ size });
});

app.get('/items', (req, res) => {
  const names = [];
  for (const item of catalog) names.push(item.name);
  res.json({ names });
});

app.get('/items/kinds', (req, res) => {
  const kinds = new Set(Array.from(catalog, (item) => item.kind));
  res.json({ kinds: [...kinds].sort() });
});

app.get('/items/first', (req, res) => {
  const [first] = catalog;
  res.json({ first: first ?? null });
});

app.post('/tally', (req, res) => {
  res.json({ byKind: tallyKinds([...catalog]), tags: collectTags([...catalog]) });
});

app.get('/feed', (req, res) => {
  const limit = Number(req.query.limit ?? 2);
  const read = [];
  for (const entry of feed) {
    read.push(entry);
    if (read.length === limit) break;
  }
  res.json({ read });
});

app.get('/feed/peek', (req, res) => {
  const [next] = feed; // destructuring reads one entry, then closes the iterator
  res.json({ next: next ?? null });
});

app.get('/stats', (req, res) => {
  res.json({ scans: catalog.constructor.scans, reads: catalog.reads, position: feed.position, stoppedEarly: feed.stoppedEarly });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
