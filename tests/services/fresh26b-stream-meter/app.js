// Log ingestion through Transform and Writable streams whose _transform/_write count into module
// totals (lib/meters.js), one of them a constructor function inheriting Transform with util.inherits, city codes resolved through a promisified callback API whose callbacks
// fill a cache (lib/geo.js), and summaries built by reduce/forEach/map callbacks writing outer
// objects: a stateful minority among handlers that only compute from the request.
'use strict';
const express = require('express');
const { Readable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const { LineSplitter, LevelFilter, Redactor, collector, totals, seenLevels, redactions } = require('./lib/meters');
const geo = require('./lib/geo');

const app = express();
app.use(express.text({ type: 'text/plain' }));
app.use(express.json());

const entries = [];
const byWord = Object.create(null);

app.post('/ingest', async (req, res) => {
  const min = Number(req.query.min ?? 1);
  const batch = [];
  const chunks = req.body.match(/[\s\S]{1,7}/g) || [];
  await pipeline(Readable.from(chunks), new LineSplitter(), new LevelFilter(min), new Redactor(['disk', 'cpu']),
                 collector(batch));
  batch.forEach((e) => {
    entries.push(e);
    e.msg.split(' ').forEach((w) => { byWord[w] = (byWord[w] || 0) + 1; });
  });
  res.status(201).json({ kept: batch.length, totals });
});

app.get('/entries', (req, res) => {
  const counts = {};
  const summary = entries.map((e, i) => {
    counts[e.level] = (counts[e.level] || 0) + 1;
    return `${i}:${e.level}`;
  });
  res.json({ summary, counts, levels: Object.fromEntries(seenLevels) });
});

app.get('/words', (req, res) => {
  const top = Object.entries(byWord)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3);
  res.json({ top });
});

app.get('/cities', async (req, res) => {
  const codes = String(req.query.codes || '').split(',').filter(Boolean);
  const found = {};
  const errors = [];
  for (const code of codes) {
    try {
      found[code] = await geo.lookup(code);
    } catch (err) {
      errors.push(err.code);
    }
  }
  res.json({ found, errors, stats: geo.stats, cached: geo.cached() });
});

app.get('/cities/:code', (req, res) => {
  geo.lookupCountry(req.params.code, (err, country) => {
    if (err) return res.status(404).json({ error: err.code });
    res.json({ code: req.params.code, country, stats: geo.stats });
  });
});

// Stateless: everything from the request.
app.post('/stats', (req, res) => {
  const xs = req.body.values;
  const acc = xs.reduce((a, x) => {
    a.sum += x;
    a.min = Math.min(a.min, x);
    a.max = Math.max(a.max, x);
    return a;
  }, { sum: 0, min: Infinity, max: -Infinity });
  res.json({ ...acc, mean: acc.sum / xs.length });
});

app.get('/slug', (req, res) => {
  const slug = String(req.query.title || '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  res.json({ slug });
});

app.get('/totals', (req, res) => res.json({ ...totals, redactions }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
