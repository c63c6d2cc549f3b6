// A shop with async layers: a repository singleton whose async methods write after awaits
// (reads counter, stock), an async generator method read with for await, a service checking
// out with Promise.allSettled over async map callbacks and a finally, a cookie middleware
// issuing cart ids from a module counter, form bodies read with URLSearchParams.
const express = require('express');
const cartCookie = require('./middleware/cartCookie');
const cart = require('./routes/cart');
const products = require('./repositories/productRepo');
const { metrics } = require('./services/cartService');

const app = express();
app.use(express.text({ type: 'application/x-www-form-urlencoded' }));
app.use(cartCookie);
app.use('/cart', cart);

app.get('/products', async (req, res, next) => {
  try {
    const list = [];
    for await (const p of products) list.push(`${p.id}:${p.stock}`);
    res.type('text/plain').send(list.join(' '));
  } catch (err) {
    next(err);
  }
});

app.get('/metrics', (req, res) => res.json({ ...metrics, reads: products.reads }));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
