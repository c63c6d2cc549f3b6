'use strict';
const express = require('express');
const store = require('../lib/store');
const { importAll, counted, batchCount } = require('../lib/bulk');

const { add, remove, history } = store;
const restock = store.adjust.bind(store, 5);
const sell = store.adjust.bind(store, -1);
const calls = { calls: 0 };
const countedAdd = counted(add, calls);

const router = express.Router();

router.get('/', (req, res) => {
  res.json({ items: store.list(), size: store.size });
});

router.post('/', (req, res) => {
  const { name, qty } = req.body;
  if (!name) return res.status(400).json({ error: 'name required' });
  const item = countedAdd(name, qty);
  res.status(201).json(item);
});

router.post('/bulk', (req, res) => {
  req.body.names.forEach(store.addOne, store);
  res.json({ size: store.size, last: history.at(-1) });
});

router.post('/import', (req, res) => {
  const imported = importAll(req.body.names, store.addOne.bind(store));
  res.json({ imported, size: store.size, batches: batchCount() });
});

router.post('/:id/restock', (req, res) => {
  const item = restock(Number(req.params.id));
  if (!item) return res.sendStatus(404);
  res.json(item);
});

router.post('/:id/sell', (req, res) => {
  const item = sell(Number(req.params.id));
  if (!item) return res.sendStatus(404);
  res.json(item);
});

router.patch('/:id', (req, res) => {
  const item = store.rename.call(store, Number(req.params.id), req.body.name);
  if (!item) return res.sendStatus(404);
  res.json(item);
});

router.delete('/:id', (req, res) => {
  const ok = Reflect.apply(remove, null, [Number(req.params.id)]);
  res.status(ok ? 200 : 404).json({ removed: ok });
});

module.exports = { router, calls };
