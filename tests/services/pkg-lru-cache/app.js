// lru-cache 10 (a class with private fields): a cache of price quotes with a max, a dispose
// callback recording evictions in the service's state, get/set/has/peek/delete/clear/dump, and
// a second cache bounded by the size of its values. (Its async fetchMethod: pkg-lru-cache-fetch.)
const express = require('express');
const { LRUCache } = require('lru-cache');

const app = express();
app.use(express.json());
app.use(express.text());

const prices = { apple: 3, pear: 4, plum: 5, kiwi: 6, fig: 7 };
const evicted = [];
let loads = 0;

const quotes = new LRUCache({
  max: 3,
  dispose: (value, key, reason) => {
    evicted.push(`${key}:${reason}`);
  },
});

function quote(item) {
  let q = quotes.get(item);
  if (q === undefined && item in prices) {
    loads += 1;
    q = { item, price: prices[item], load: loads };
    quotes.set(item, q);
  }
  return q;
}

const pages = new LRUCache({ maxSize: 20, sizeCalculation: (text) => text.length });

app.get('/price/:item', (req, res) => {
  const q = quote(req.params.item);
  if (!q) return res.status(404).json({ error: `no price for ${req.params.item}`, loads });
  res.json({ quote: q, size: quotes.size, loads });
});

app.get('/twice/:item', (req, res) => {
  const a = quote(req.params.item);
  res.json({ same: a === quote(req.params.item), quote: a, loads });
});

app.put('/price/:item', (req, res) => {
  prices[req.params.item] = req.body.price;
  quotes.set(req.params.item, { item: req.params.item, price: req.body.price, load: 0 });
  res.json({ keys: [...quotes.keys()], evicted });
});

app.delete('/price/:item', (req, res) => {
  res.json({ deleted: quotes.delete(req.params.item), size: quotes.size, evicted });
});

app.get('/cache', (req, res) => {
  res.json({
    keys: [...quotes.keys()],
    peekApple: quotes.peek('apple') || null,
    hasPear: quotes.has('pear'),
    dump: quotes.dump().map(([key, entry]) => [key, entry.value.price]),
    evicted,
    loads,
  });
});

app.post('/cache/clear', (req, res) => {
  quotes.clear();
  res.json({ size: quotes.size, evicted });
});

app.post('/pages/:name', (req, res) => {
  pages.set(req.params.name, req.body);
  res.json({ keys: [...pages.keys()], calculatedSize: pages.calculatedSize });
});

app.get('/pages/:name', (req, res) => {
  const text = pages.get(req.params.name);
  if (text === undefined) return res.status(404).send('gone');
  res.type('text').send(text);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
