// Observers registered by other modules at load (a subscribe/unsubscribe pair, not an
// EventEmitter) and called from the store's method: what they write is state written
// by the handler that changed the store.
const express = require('express');
const { Store } = require('./lib/store');
const audit = require('./lib/audit');

const totals = { units: 0 };
Store.instance.subscribe(({ item }) => { totals.units += item.qty; });

const app = express();
app.use(express.json());
const store = Store.instance;

app.put('/items/:sku', (req, res) => res.json(store.upsert(req.params.sku, req.body)));
app.get('/items', (req, res) => res.json([...store].sort((a, b) => a.sku.localeCompare(b.sku))));
app.get('/audit', (req, res) => res.json({ events: audit.events, totals }));
app.post('/audit/stop', (req, res) => res.json({ stopped: audit.unsubscribe() }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
