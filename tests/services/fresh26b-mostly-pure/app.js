// Mostly stateless handlers (conversions, word counts, rankings computed from module tables they
// only read, copies made with spreads, toSorted, slice, structuredClone) beside a few that write
// state in ways that look like reads: Object.assign onto the module defaults, sort() in place on
// the module leaderboard inside a GET, a reduce whose accumulator is the module usage object, a
// replace callback counting into it, and an alias of the defaults changed through a local name.
'use strict';
const express = require('express');
const { defaults, rates, leaderboard, usage } = require('./lib/defaults');
const { convert, round, histogram, ranked } = require('./lib/pure');

const app = express();
app.use(express.json());

// --- stateless ---------------------------------------------------------------
app.get('/convert', (req, res) => {
  const opts = { ...defaults, ...req.query };
  const amount = Number(opts.amount);
  const value = round(convert(amount, opts.from || opts.currency, opts.to || opts.currency, rates), Number(opts.precision));
  res.json({ value, to: opts.to || opts.currency });
});

app.get('/rates/:code', (req, res) => {
  const rate = rates[req.params.code.toUpperCase()];
  if (rate === undefined) return res.status(404).json({ error: 'unknown currency' });
  res.json({ code: req.params.code.toUpperCase(), rate });
});

app.post('/words', (req, res) => {
  const words = String(req.body.text).toLowerCase().match(/[a-z]+/g) || [];
  res.json({ histogram: histogram(words), total: words.length });
});

app.get('/ranked', (req, res) => {
  res.json({ ranked: ranked(leaderboard) });
});

app.post('/preview-defaults', (req, res) => {
  const merged = Object.assign({}, defaults, req.body);
  const copy = structuredClone(defaults);
  copy.locale = 'xx';
  res.json({ merged, untouched: defaults.locale === copy.locale ? 'changed?' : defaults.locale });
});

app.get('/top/:n', (req, res) => {
  const top = leaderboard.slice().sort((a, b) => b.score - a.score).slice(0, Number(req.params.n));
  res.json({ top: top.map((r) => r.name) });
});

// --- stateful, though they look like reads -------------------------------------
app.get('/board', (req, res) => {
  // sorts the module array in place, by the field asked for
  const by = req.query.by === 'name' ? (a, b) => a.name.localeCompare(b.name) : (a, b) => a.score - b.score;
  leaderboard.sort(by);
  res.json({ first: leaderboard[0].name });
});

app.get('/board/raw', (req, res) => res.json({ order: leaderboard.map((r) => r.name) }));

app.post('/scores', (req, res) => {
  const row = leaderboard.find((r) => r.name === req.body.name);
  if (row) row.score += req.body.points;
  else leaderboard.push({ name: req.body.name, score: req.body.points });
  res.status(201).json({ size: leaderboard.length });
});

app.post('/settings', (req, res) => {
  // meant as a merge for this request; writes the module defaults
  const opts = Object.assign(defaults, req.body);
  res.json(opts);
});

app.post('/convert-many', (req, res) => {
  const total = req.body.items.reduce((acc, item) => {
    acc.conversions += 1;
    acc.byCurrency[item.currency] = (acc.byCurrency[item.currency] || 0) + 1;
    return acc;
  }, usage);
  res.json({ conversions: total.conversions });
});

app.post('/template', (req, res) => {
  const text = String(req.body.text).replace(/\{(\w+)\}/g, (m, key) => {
    usage.byCurrency.placeholders = (usage.byCurrency.placeholders || 0) + 1;
    return defaults[key] ?? m;
  });
  res.json({ text });
});

app.post('/locale', (req, res) => {
  const cfg = defaults;
  cfg.locale = req.body.locale;
  res.json({ locale: defaults.locale });
});

app.get('/usage', (req, res) => res.json({ usage, defaults }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
