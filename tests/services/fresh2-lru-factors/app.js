// Prime factorisations behind an LRU cache (a class on Map ordering, with a
// capacity setter that evicts) kept at module level; a second, per-route
// cache made by a middleware factory closing over its own LRU.
const express = require('express');
const { LRUCache } = require('./lib/lru');
const { primeFactors, counted } = require('./lib/math');

const app = express();
app.use(express.json());

const cache = new LRUCache({ capacity: 3 });

function memoized(keyOf, cacheOptions) {
  const routeCache = new LRUCache(cacheOptions);
  const mw = (req, res, next) => {
    const key = keyOf(req);
    const hit = routeCache.get(key);
    if (hit !== undefined) return res.set('X-Cache', 'HIT').json(hit);
    const json = res.json.bind(res);
    res.json = (body) => {
      routeCache.set(key, body);
      return json(body);
    };
    res.set('X-Cache', 'MISS');
    next();
  };
  mw.cache = routeCache;
  return mw;
}

const reverseCache = memoized((req) => req.params.word.toLowerCase(), { capacity: 2 });

app.get('/factors/:n', (req, res) => {
  const n = Number(req.params.n);
  if (!Number.isSafeInteger(n) || n < 2) return res.status(400).json({ error: 'n must be an integer >= 2' });
  let factors = cache.get(n);
  const cached = factors !== undefined;
  if (!cached) {
    factors = primeFactors(n);
    cache.set(n, factors);
  }
  const pretty = [...counted(factors)].map(([p, k]) => (k > 1 ? `${p}^${k}` : `${p}`)).join(' * ');
  res.set('X-Cache', cached ? 'HIT' : 'MISS').json({ n, factors, pretty });
});

app.get('/reverse/:word', reverseCache, (req, res) => {
  res.json({ word: req.params.word, reversed: [...req.params.word].reverse().join('') });
});

app.get('/cache', (req, res) => res.json({ factors: cache, reverse: reverseCache.cache }));

app.put('/cache/capacity', (req, res) => {
  try {
    cache.capacity = req.body?.capacity;
    res.json(cache);
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});

app.delete('/cache', (req, res) => {
  cache.clear();
  res.status(204).end();
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
