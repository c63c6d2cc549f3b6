// Usage metering as ES modules: the billing mode is an exported `let` changed by an exported setter
// and read through the live binding (and through `import * as`), counters are closures made by a
// factory and kept in another module's Map, usage is recorded through `bind` partials, and prices
// come from a memoized exported function whose cache is cleared when the mode changes; the tiers of
// constant rate cards are cached in a WeakMap keyed by the card objects.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { mode, epoch, setMode, modeHistory } from './lib/mode.js';
import { counterFor, counters } from './lib/counters.js';
import { price, computedCount } from './lib/pricing.js';
import { CARDS, tiers, tierBuilds } from './lib/cards.js';

const app = express();
app.use(express.json());

const usage = {};
let lastEpoch = epoch;

function record(kind, user, units) {
  const per = (usage[user] ??= {});
  per[kind] = (per[kind] ?? 0) + units;
  counterFor(kind).inc(units);
  counterFor('events').inc();
  return per[kind];
}

const recorders = {
  api: record.bind(null, 'api'),
  storage: record.bind(null, 'storage'),
  seats: record.bind(null, 'seats'),
};

app.post('/usage/:kind', (req, res) => {
  const rec = recorders[req.params.kind];
  if (!rec) return res.status(400).json({ error: 'unknown kind' });
  const total = rec(req.body.user, req.body.units);
  res.json({ user: req.body.user, total, events: counters.get('events').value });
});

app.put('/mode', (req, res) => {
  const changed = setMode(req.body.mode);
  if (epoch !== lastEpoch) {
    price.clear();
    lastEpoch = epoch;
  }
  res.json({ changed, mode, epoch });
});

app.get('/invoice/:user', (req, res) => {
  const per = usage[req.params.user] ?? {};
  const lines = Object.entries(per).map(([kind, units]) => ({ kind, units, amount: price(kind, units) }));
  const total = lines.reduce((s, l) => s + l.amount, 0);
  res.json({ mode, lines, total: Math.round(total * 1000) / 1000, memo: { hits: price.hits, misses: price.misses } });
});

app.get('/cards/:plan', (req, res) => {
  const card = CARDS.find((c) => c.plan === req.params.plan);
  if (!card) return res.status(404).json({ error: 'no such plan' });
  res.json({ plan: card.plan, tiers: tiers(card), builds: tierBuilds() });
});

app.post('/counters/:name/reset', (req, res) => {
  const c = counters.get(req.params.name);
  if (!c) return res.status(404).json({ error: 'no counter' });
  c.reset();
  res.json({ name: req.params.name, value: c.value });
});

app.get('/stats', (req, res) => {
  res.json({
    mode,
    epoch,
    history: modeHistory(),
    counters: Object.fromEntries([...counters].map(([k, c]) => [k, c.value])),
    computed: computedCount(),
    cached: price.size(),
  });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
