const express = require('express');
const { createStore } = require('./src/store');
const { cartReducer, total } = require('./src/cart');
const audit = require('./src/audit');

const store = createStore(cartReducer, undefined);
store.dispatch({ type: '@@init' });
store.subscribe(audit.record);

const app = express();
app.use(express.json());

app.post('/cart/items', (req, res) => {
  const { sku, qty, price } = req.body;
  if (!sku || typeof price !== 'number') return res.status(400).json({ error: 'sku and price required' });
  store.dispatch({ type: 'add', sku, qty, price });
  res.status(201).json(store.getState().items[sku]);
});

app.delete('/cart/items/:sku', (req, res) => {
  store.dispatch({ type: 'remove', sku: req.params.sku });
  res.sendStatus(204);
});

app.put('/cart/coupon', (req, res) => {
  store.dispatch({ type: 'coupon', code: req.body.code ?? null });
  res.json({ coupon: store.getState().coupon });
});

app.get('/cart', (req, res) => {
  const state = store.getState();
  res.json({ items: Object.values(state.items), total: total(state) });
});

app.post('/cart/clear', (req, res) => {
  store.dispatch({ type: 'clear' });
  res.json(store.getState());
});

app.get('/audit', (req, res) => res.json(audit.snapshot()));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
