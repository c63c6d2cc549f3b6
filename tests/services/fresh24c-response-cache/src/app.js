// A catalog behind a response cache middleware that wraps res.send (hit/miss stats, LRU eviction, vary on
// headers) and a write middleware that invalidates the cached prefix when a write finishes with status < 400.
const express = require('express');
const ResponseCache = require('./lib/ResponseCache');
const cacheResponse = require('./middleware/cacheResponse');
const invalidateOnWrite = require('./middleware/invalidateOnWrite');
const productsRouter = require('./routes/products');
const categoriesRouter = require('./routes/categories');

const cache = new ResponseCache({ max: 4 });

const app = express();
app.use(express.json());

app.get('/__cache', (req, res) => res.json(cache.stats()));
app.post('/__cache/flush', (req, res) => {
  const dropped = cache.invalidate('');
  res.json({ dropped });
});

app.use('/products', invalidateOnWrite(cache), cacheResponse(cache), productsRouter);
app.use('/categories', cacheResponse(cache, { vary: ['accept-language'] }), categoriesRouter);

app.use((req, res) => res.status(404).json({ error: 'not found' }));

module.exports = app;
