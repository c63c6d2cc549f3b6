const { Router } = require('express');
const catalog = require('../services/catalog');
const ledger = require('../services/ledger');

const router = Router();

router.post('/', (req, res) => {
  const { cart } = req.session;
  if (cart.empty) return res.status(400).json({ error: 'cart is empty' });
  const short = catalog.take(cart.lines);
  if (short) return res.status(409).json({ error: `out of stock: ${short}`, stock: catalog.stock() });
  const order = ledger.record(req.sid, cart);
  cart.clear();
  res.status(201).json(order);
});

router.get('/orders', (req, res) => res.json({ orders: ledger.list(), revenue: ledger.revenue(), stock: catalog.stock() }));

module.exports = router;
