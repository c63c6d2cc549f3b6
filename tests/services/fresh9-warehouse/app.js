// Warehouse: a class instance exported as the module (singleton) whose methods write `this`,
// private fields, static fields and a static block, a Symbol-keyed audit log, defineProperty.
const express = require('express');
const inventory = require('./models/Inventory');
const { Inventory } = require('./models/Inventory');
const stock = require('./routes/stock');

const app = express();
app.use(express.json());
app.use('/stock', stock);

app.get('/summary', (req, res) => {
  res.json({
    skus: inventory.skuCount,
    low: inventory.lowStock,
    threshold: Inventory.LOW_STOCK,
    version: inventory.version,
    instances: Inventory.instances,
    keys: Object.keys(inventory),
  });
});

app.put('/settings/threshold', (req, res, next) => {
  try {
    inventory.threshold = req.body.value;
    res.json({ threshold: Inventory.LOW_STOCK });
  } catch (err) {
    next(err);
  }
});

app.post('/units', (req, res) => {
  Inventory.units.add(req.body.unit);
  res.json([...Inventory.units]);
});

app.get('/audit', (req, res) => res.json(inventory.audit(Number(req.query.since ?? 0))));

app.use((err, req, res, _next) => {
  const status = err instanceof RangeError ? 409 : err instanceof TypeError ? 400 : 500;
  res.status(status).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
