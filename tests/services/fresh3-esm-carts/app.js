// Carts as an ES module: `export default class Cart` with a static private
// counter and a static Map of instances, a Symbol-keyed field, a private field
// behind a setter that validates, getters computing totals from a catalog
// module whose exported `let` is a live binding bumped by an exported function.
import express from 'express';
import { fileURLToPath } from 'node:url';
import Cart from './lib/cart.js';
import * as catalog from './lib/catalog.js';

const app = express();
app.use(express.json());

app.use((req, res, next) => {
  req.owner = req.get('x-user') ?? 'guest';
  next();
});

app.get('/cart', (req, res) => {
  const cart = Cart.carts.get(req.owner);
  res.json(cart ?? { owner: req.owner, lines: [], total: 0 });
});

app.post('/cart/lines', (req, res) => {
  const { sku, qty } = req.body;
  if (!catalog.prices.has(sku)) return res.status(404).json({ error: `unknown sku ${sku}` });
  res.status(201).json(Cart.for(req.owner).add(sku, qty));
});

app.delete('/cart/lines/:sku', (req, res) => {
  const cart = Cart.carts.get(req.owner);
  res.json({ removed: cart ? cart.remove(req.params.sku) : false, cart });
});

app.put('/cart/discount', (req, res, next) => {
  try {
    const cart = Cart.for(req.owner);
    cart.discount = req.body.pct;
    res.json({ discount: cart.discount, total: cart.total });
  } catch (err) {
    next(err);
  }
});

app.put('/prices/:sku', (req, res) => {
  catalog.setPrice(req.params.sku, req.body.cents);
  res.json({ version: catalog.priceVersion, prices: Object.fromEntries(catalog.prices) });
});

app.get('/stats', (req, res) => {
  res.json({ created: Cart.created, owners: [...Cart.carts.keys()], priceVersion: catalog.priceVersion });
});

app.use((err, req, res, next) => {
  res.status(err instanceof RangeError ? 400 : 500).json({ error: err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
