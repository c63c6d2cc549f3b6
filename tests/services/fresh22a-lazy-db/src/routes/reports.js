'use strict';

const express = require('express');
const { getDb, stats } = require('../db');

const router = express.Router();

router.get('/revenue', async (req, res, next) => {
  try {
    const db = await getDb();
    const placed = db.query('orders').filter((o) => o.status === 'placed');
    res.json({ orders: placed.length, revenue: placed.reduce((s, o) => s + o.total, 0) });
  } catch (err) {
    next(err);
  }
});

router.get('/db', (req, res) => res.json(stats));

module.exports = router;
