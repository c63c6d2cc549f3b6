'use strict';

const express = require('express');
const products = require('../repos/products');
const orders = require('../repos/orders');

const router = express.Router();
const wrap = (fn) => (req, res, next) => fn(req, res, next).catch(next);

router.get('/products', wrap(async (req, res) => {
  const all = await products.all();
  res.json(req.query.inStock ? all.filter((p) => p.stock > 0) : all);
}));

router.post('/products/:sku/restock', wrap(async (req, res) => {
  const p = await products.adjustStock(req.params.sku, Number(req.body.qty ?? 1));
  if (!p) return res.status(404).json({ error: 'no such product' });
  res.json(p);
}));

router.post('/orders', wrap(async (req, res) => {
  const order = await orders.place(req.body.sku, Number(req.body.qty ?? 1));
  if (!order) return res.status(404).json({ error: 'no such product' });
  res.status(201).json(order);
}));

router.delete('/orders/:id', wrap(async (req, res) => {
  const order = await orders.cancel(Number(req.params.id));
  if (!order) return res.status(404).json({ error: 'no such open order' });
  res.json(order);
}));

router.get('/orders', wrap(async (req, res) => res.json(await orders.list())));

module.exports = router;
