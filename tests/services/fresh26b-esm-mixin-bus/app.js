// An EventEmitter subclass with mixins copied onto its prototype (Object.assign) whose methods
// write module maps; listeners that requests register (one per watcher, a `once` for a restock
// notice) writing module arrays; methods run detached: bound and handed to setImmediate, passed
// to forEach with a thisArg, called with Reflect.apply; a logger whose default parameter is the
// module journal; a drill emitting through EventEmitter.prototype.emit.call and Reflect.apply, and
// counters in a global defined with Object.defineProperty(globalThis, ...).
import express from 'express';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { shop, depot } from './lib/inventory.js';
import { touches, journal, log } from './lib/mixins.js';

const app = express();
app.use(express.json());

const alerts = [];
const watchers = new Set();
const notices = [];
const places = { shop, depot };

Object.defineProperty(globalThis, 'busStats', { value: { drills: 0, alerts: 0 } });
shop.on('low', () => { busStats.alerts += 1; });

depot.on('short', (sku, missing) => log(`depot short ${sku} by ${missing}`));

app.post('/:place/restock', (req, res) => {
  const inv = places[req.params.place];
  const { sku, n } = req.body;
  res.json({ level: inv.restock(sku, n) });
});

app.post('/:place/take', (req, res) => {
  const inv = places[req.params.place];
  const skus = req.body.skus;
  const results = [];
  skus.forEach(function (sku) { results.push(this.take(sku)); }, inv);
  res.json({ results, levels: skus.map((s) => inv.level(s)) });
});

app.post('/:place/take-one', (req, res) => {
  const inv = places[req.params.place];
  const ok = Reflect.apply(inv.take, inv, [req.body.sku, req.body.n]);
  res.json({ ok, level: inv.level(req.body.sku) });
});

app.post('/:place/threshold', (req, res) => {
  const inv = places[req.params.place];
  inv.setThreshold(req.body.sku, req.body.min);
  res.json({ thresholds: inv.thresholds });
});

app.post('/:place/watch/:who', (req, res) => {
  const inv = places[req.params.place];
  const key = `${req.params.place}:${req.params.who}`;
  if (!watchers.has(key)) {
    watchers.add(key);
    inv.on('low', (sku, left) => alerts.push(`${req.params.who}: ${sku} low (${left})`));
  }
  res.status(201).json({ watchers: [...watchers] });
});

app.post('/:place/notify-restock', (req, res) => {
  const inv = places[req.params.place];
  inv.once('restocked', (sku, level) => notices.push(`${inv.name} ${sku} back at ${level}`));
  res.status(202).json({ waiting: inv.listenerCount('restocked') });
});

// a restock that happens after the answer, through a detached, bound method
app.post('/:place/restock-later', (req, res) => {
  const inv = places[req.params.place];
  const restock = inv.restock.bind(inv);
  setImmediate(restock, req.body.sku, req.body.n);
  res.status(202).json({ scheduled: req.body.sku });
});

// a drill: the 'low' listeners run through an emit borrowed from EventEmitter.prototype
app.post('/:place/drill', (req, res) => {
  const inv = places[req.params.place];
  busStats.drills += 1;
  const heard = EventEmitter.prototype.emit.call(inv, 'low', req.body.sku, -1);
  const again = Reflect.apply(inv.emit, inv, ['low', req.body.sku, -2]);
  res.json({ heard, again, busStats });
});

app.get('/report', (req, res) => {
  res.json({
    alerts,
    notices,
    touches: Object.fromEntries(touches),
    journal: journal.slice(-4),
    levels: { shop: shop.level('pen'), depot: depot.level('pen') },
    busStats,
  });
});

app.get('/preview', (req, res) => {
  // a scratch sink: the module journal is left alone
  const scratch = [];
  const n = log(`preview ${req.query.q}`, scratch);
  res.json({ n, scratch, journal: journal.length });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
