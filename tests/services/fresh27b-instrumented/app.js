// An inventory whose class methods are wrapped in place by an instrument() helper (a loop replacing
// Inventory.prototype[name] with a counting wrapper whose stats object is in the helper's caller),
// an audit object reached only through a tracing Proxy (its get trap counts calls in a Map), a
// debounced autosave (a timer in the helper's closure) writing a snapshot read by later requests,
// and settings kept with app.set()/req.app.get() and app.locals. (How many saves ran depends on how far apart
// the requests come, so answers show the snapshot only.)
const express = require('express');
const Inventory = require('./inventory');
const { instrument, traced, debounce } = require('./utils/instrument');

const app = express();
app.use(express.json());
app.set('lowStock', 2);
app.locals.alerts = [];

const stats = instrument(Inventory, ['add', 'take']);
const inventory = new Inventory();

const audit = {
  lines: [],
  record(what) { this.lines.push(what); return this.lines.length; },
};
const { proxy: auditLog, counts: auditCalls } = traced(audit);

let snapshot = null;
const autosave = debounce(() => {
  snapshot = JSON.parse(JSON.stringify(inventory));
}, 100);

app.post('/stock/:sku', (req, res) => {
  try {
    const level = inventory.add(req.params.sku, req.body.qty);
    auditLog.record(`+${req.body.qty} ${req.params.sku}`);
    autosave();
    res.json({ level });
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

app.post('/stock/:sku/take', (req, res) => {
  try {
    const level = inventory.take(req.params.sku, req.body.qty);
    auditLog.record(`-${req.body.qty} ${req.params.sku}`);
    if (level <= req.app.get('lowStock')) req.app.locals.alerts.push(`${req.params.sku} low (${level})`);
    autosave();
    res.json({ level });
  } catch (err) {
    res.status(409).json({ error: err.message });
  }
});

app.put('/settings/low-stock', (req, res) => {
  req.app.set('lowStock', req.body.value);
  res.json({ lowStock: app.get('lowStock') });
});

app.get('/snapshot', (req, res) => res.json({ snapshot, pending: autosave.pending() }));

app.get('/stats', (req, res) => {
  res.json({ stats, audit: audit.lines, auditCalls: Object.fromEntries(auditCalls), alerts: app.locals.alerts });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
