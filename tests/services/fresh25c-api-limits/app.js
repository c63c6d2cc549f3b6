// Per-plan API limits: fixed windows of a class with static counters set up in a static block,
// hits made through partials of a method (`win.hit.bind(win, key)`) cached in a Map, credit
// budgets from a factory whose closure holds the balance, kept in a Map per client, settings
// written with `Reflect.set` and `||=`, and a health document whose getter counts the probes that
// serialise it.
'use strict';
const express = require('express');
const { Window } = require('./lib/window');
const { makeBudget } = require('./lib/budget');

const app = express();
app.use(express.json());

const plans = { free: { perWindow: 3, credits: 5 }, pro: { perWindow: 10, credits: 50 } };
const clients = {};
const hitters = new Map();
const budgets = new Map();
// the health document counts its own probes: serialising it reads the getter
const health = {
  status: 'ok',
  probes: 0,
  get probe() {
    return ++this.probes;
  },
};
new Window('free', plans.free.perWindow);
new Window('pro', plans.pro.perWindow);

function hitterFor(client) {
  if (!hitters.has(client)) {
    const win = Window.byName.get(clients[client].plan);
    hitters.set(client, win.hit.bind(win, client));
  }
  return hitters.get(client);
}

app.post('/clients', (req, res) => {
  const { id, plan = 'free' } = req.body;
  clients[id] = { plan, calls: 0 };
  budgets.set(id, makeBudget(plans[plan].credits));
  res.status(201).json(clients[id]);
});

app.get('/health', (req, res) => res.json(health));

app.use('/api', (req, res, next) => {
  const id = req.get('x-client');
  if (!clients[id]) return res.status(401).json({ error: 'unknown client' });
  const cost = Number(req.get('x-cost') || 1);
  if (!hitterFor(id)(cost)) return res.status(429).json({ error: 'window full', blocked: Window.blocked });
  clients[id].calls++;
  req.client = id;
  next();
});

app.get('/api/report', (req, res) => {
  const budget = budgets.get(req.client);
  if (!budget.spend(2, 'report')) return res.status(402).json({ error: 'out of credits', left: budget.left });
  res.json({ report: 'ok', left: budget.left });
});

app.get('/api/ping', (req, res) => res.json({ pong: true, calls: clients[req.client].calls }));

app.post('/windows/roll', (req, res) => {
  for (const win of Window.byName.values()) win.roll();
  res.json({ rolled: Window.byName.size });
});

app.put('/plans/:plan', (req, res) => {
  const win = Window.byName.get(req.params.plan);
  if (!win) return res.status(404).json({ error: 'no plan' });
  for (const [k, v] of Object.entries(req.body)) Reflect.set(plans[req.params.plan], k, v);
  win.limit = plans[req.params.plan].perWindow;
  res.json({ plan: plans[req.params.plan], limit: win.limit });
});

app.post('/clients/:id/upgrade', (req, res) => {
  clients[req.params.id].plan = 'pro';
  hitters.delete(req.params.id);
  budgets.get(req.params.id).refill(100);
  res.json({ client: clients[req.params.id], left: budgets.get(req.params.id).left });
});

app.get('/usage', (req, res) => {
  res.json({
    made: Window.made,
    blocked: Window.blocked,
    windows: Object.fromEntries([...Window.byName].map(([n, w]) => [n, w.used])),
    clients,
    spent: Object.fromEntries([...budgets].map(([id, b]) => [id, b.spent().length])),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
