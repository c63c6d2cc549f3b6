const express = require('express');
const flash = require('../lib/flash');

const router = express.Router();
const products = [
  { id: 1, name: 'Olive oil', price: 9.5 },
  { id: 2, name: 'Sourdough', price: 4 },
];
const baskets = new Map();

router.get('/', (req, res) => res.render('home', { heading: 'Welcome' }));

router.get('/products', (req, res) => {
  res.locals.trace.push('products');
  res.render('products', { products });
});

router.post('/basket', (req, res) => {
  const who = req.cookies.user ?? 'guest';
  const product = products.find((p) => p.id === Number(req.body.id));
  if (!product) {
    flash.push(who, 'No such product');
    return res.redirect(303, '/products');
  }
  const basket = baskets.get(who) ?? [];
  basket.push(product.name);
  baskets.set(who, basket);
  flash.push(who, `${product.name} added (${basket.length} in basket)`);
  res.redirect(303, '/products');
});

router.get('/basket', (req, res) => {
  const who = req.cookies.user ?? 'guest';
  res.render('basket', { items: baskets.get(who) ?? [] }, (err, html) => {
    if (err) return res.status(500).send('render failed');
    res.set('X-Basket-Size', String((baskets.get(who) ?? []).length)).send(html);
  });
});

module.exports = router;
