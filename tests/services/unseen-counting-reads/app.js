const express = require('express');
const { LRU, CountingMap } = require('./cache');

const lru = new LRU(3);
const prices = new CountingMap([['tea', 3], ['cake', 5]]);

const app = express();
app.use(express.json());

app.put('/lru/:key', (req, res) => {
  lru.set(req.params.key, req.body.value);
  res.json(lru.keys());
});
app.get('/lru/:key', (req, res) => {
  const value = lru.get(req.params.key);
  value === undefined ? res.status(404).json({ missing: req.params.key }) : res.json({ value });
});
app.get('/lru', (req, res) => res.json({ keys: lru.keys(), hits: lru.hits, misses: lru.misses }));

app.get('/prices/:item', (req, res) => {
  if (!prices.has(req.params.item)) return res.sendStatus(404);
  res.json({ item: req.params.item, price: prices.get(req.params.item) });
});
app.get('/reads', (req, res) => res.json(prices.reads));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
