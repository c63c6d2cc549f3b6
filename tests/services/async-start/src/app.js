const express = require('express');
const Store = require('./store');

const app = express();
app.use(express.json());

let served = 0;
app.use((req, res, next) => { served++; next(); });

app.get('/health', (req, res) => res.json({ ok: Store.getInstance().loaded, served }));
app.get('/items', (req, res) => res.json({ version: Store.getInstance().version, items: Store.getInstance().list() }));
app.post('/items/:sku/adjust', (req, res, next) => {
  try {
    res.json(Store.getInstance().adjust(req.params.sku, Number(req.body?.delta ?? 0)));
  } catch (err) {
    next(err);
  }
});
app.get('/low', (req, res) => res.json(Store.getInstance().lowStock()));

app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));

module.exports = app;
