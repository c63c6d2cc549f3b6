// Inventory: a repository instance in its own module, an audit trail fed by its events,
// errors carrying a status handled by an error middleware.
const express = require('express');
const repo = require('./src/repository');
const audit = require('./src/audit');

const app = express();
app.use(express.json());

app.put('/items/:sku', (req, res) => {
  const { name, qty = 0 } = req.body ?? {};
  res.json(repo.upsert(req.params.sku, { name, qty }));
});

app.post('/items/:sku/adjust', (req, res, next) => {
  try {
    res.json(repo.adjust(req.params.sku, Number(req.body?.delta ?? 0)));
  } catch (err) {
    next(err);
  }
});

app.get('/items', (req, res) => res.json({ version: repo.version, items: repo.all() }));
app.get('/audit', (req, res) => res.json(audit.tail(Number(req.query.n) || 5)));

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
