// Stock levels behind an EventEmitter subclass singleton; listener modules attached at startup keep
// their own state: an audit log array in a module closure, a reorder desk class whose bound method,
// arrow and `once` listeners write its public and private fields.
const express = require('express');
const inventory = require('./services/inventory');
const attachAudit = require('./listeners/audit');
const ReorderDesk = require('./listeners/reorder');
const stock = require('./routes/stock');

const audit = attachAudit(inventory);
const desk = new ReorderDesk(inventory);

const app = express();
app.use(express.json());
app.use('/stock', stock);
app.get('/audit', (req, res) => res.json({ size: audit.size(), last: audit.entries() }));
app.get('/reorders', (req, res) => res.json(desk.report()));
app.get('/listeners', (req, res) => {
  res.json(inventory.eventNames().map((name) => [name, inventory.listenerCount(name)]));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
