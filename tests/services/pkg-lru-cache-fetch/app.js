// lru-cache 10's fetchMethod: an async loader of the service's own that the cache calls on a
// miss, deduplicating concurrent fetches of one key (the cache keeps a BackgroundFetch promise
// as the value meanwhile), with a dispose callback recording evictions.
const express = require('express');
const { LRUCache } = require('lru-cache');

const app = express();
app.use(express.json());

const prices = { apple: 3, pear: 4, plum: 5 };
const evicted = [];
let loads = 0;

const quotes = new LRUCache({
  max: 2,
  dispose: (value, key, reason) => {
    evicted.push(`${key}:${reason}`);
  },
  fetchMethod: async (key) => {
    loads += 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (!(key in prices)) return undefined;
    return { item: key, price: prices[key], load: loads };
  },
});

app.get('/price/:item', async (req, res) => {
  const quote = await quotes.fetch(req.params.item);
  if (!quote) return res.status(404).json({ error: `no price for ${req.params.item}`, loads });
  res.json({ quote, size: quotes.size, loads });
});

app.get('/twice/:item', async (req, res) => {
  const [a, b] = await Promise.all([quotes.fetch(req.params.item), quotes.fetch(req.params.item)]);
  res.json({ same: a === b, quote: a, loads });
});

app.get('/cache', (req, res) => {
  res.json({ keys: [...quotes.keys()], evicted, loads });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
