'use strict';

const express = require('express');
const { validate } = require('../middleware/validate');

const wrap = (fn) => (req, res, next) => fn(req, res).catch(next);

module.exports = function routes({ services, db, clock }) {
  const { catalog, stock, picking, counts, alerts } = services;
  const router = express.Router();

  router.get('/items', wrap(async (req, res) => {
    const items = await catalog.all();
    res.json(await Promise.all(items.map(async (i) => ({ ...(await stock.onHand(i.sku)), name: i.name, low: alerts.open.has(i.sku) }))));
  }));
  router.get('/items/:sku', wrap(async (req, res) => res.json(await stock.onHand(req.params.sku.toUpperCase()))));

  router.post('/receipts', validate('receive'), wrap(async (req, res) => {
    const { sku, bin, qty, ref } = req.body;
    res.status(201).json(await stock.receive(sku, bin, qty, ref));
  }));
  router.post('/transfers', validate('transfer'), wrap(async (req, res) => {
    const { sku, from, to, qty } = req.body;
    res.status(201).json(await stock.transfer(sku, from, to, qty));
  }));

  router.post('/pick-lists', validate('pickList'), wrap(async (req, res) => {
    res.status(201).json(await picking.plan(req.body.orderRef, req.body.lines));
  }));
  router.post('/pick-lists/:id/confirm', wrap(async (req, res) => res.json(await picking.confirm(req.params.id))));
  router.post('/pick-lists/:id/cancel', wrap(async (req, res) => res.json(picking.cancel(req.params.id))));

  router.post('/counts', validate('count'), wrap(async (req, res) => {
    const { bin, sku, counted } = req.body;
    res.json(await counts.count(bin, sku, counted));
  }));
  router.get('/counts/reviews', (req, res) => res.json(counts.reviews));
  router.post('/counts/reviews/:index/approve', wrap(async (req, res) => {
    const done = await counts.approve(Number(req.params.index));
    res.status(done ? 200 : 404).json(done ?? { code: 'NO_REVIEW' });
  }));

  router.get('/movements', wrap(async (req, res) => {
    const rows = await db.find('movements', req.query.sku ? { sku: req.query.sku } : {});
    res.json(rows.slice(-Number(req.query.last ?? 5)).map((m) => `${m.id} ${m.kind} ${m.sku}@${m.bin} ${m.delta} ${m.ref}`));
  }));
  router.get('/alerts', (req, res) => res.json({ open: [...alerts.open.values()], history: alerts.history }));
  router.post('/clock', (req, res) => {
    clock.add(Number(req.body.minutes) || 0);
    res.json({ now: clock.stamp() });
  });
  router.get('/status', (req, res) => {
    res.json({ opened: db.opened, operations: db.operations, movements: stock.movements, last: stock.lastMovement, catalogLoads: catalog.loads, counted: counts.counted });
  });
  return router;
};
