const express = require('express');
const Profile = require('./lib/profile');
const audit = require('./lib/audit');
const queryLog = require('./lib/query');

const profile = new Profile('anon');
let counters = { up: 0, down: 0 };
let [first, second] = ['alpha', 'beta'];
const ops = new Map([
  ['up', () => ++counters.up],
  ['down', () => ++counters.down],
  ['reset', () => { counters = { up: 0, down: 0 }; return 0; }],
]);
const bump = (obj, key, by = 1) => { obj[key] = (obj[key] ?? 0) + by; return obj[key]; };
const tally = {};

const app = express();
app.use(express.json());

app.put('/profile/name', (req, res) => {
  profile.name = req.body.name;
  res.json({ name: profile.name, renames: profile.renames });
});

app.post('/ops/:op', (req, res) => {
  const op = ops.get(req.params.op);
  if (!op) return res.status(400).json({ error: 'unknown op' });
  res.json({ result: op(), counters });
});

app.post('/swap', (req, res) => {
  [first, second] = [second, first];
  res.json({ first, second });
});

app.post('/tally/:key', (req, res) => {
  res.json({ [req.params.key]: Reflect.apply(bump, null, [tally, req.params.key, Number(req.query.by ?? 1)]) });
});

app.get('/search', (req, res) => {
  const q = queryLog.where('name', req.query.name ?? '*');
  if (req.query.limit) q.limit(Number(req.query.limit));
  res.json({ query: queryLog.take(), pending: queryLog.parts.length });
});

app.post('/search/draft', (req, res) => {
  queryLog.where('draft', req.body.field);
  res.json({ pending: queryLog.parts.length });
});

app.get('/state', (req, res) => res.json({ profile: profile.name, counters, first, second, tally, audit: audit.entries() }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
