'use strict';
const express = require('express');
const { apiLimiter } = require('../lib/limiters');

const router = express.Router();

const costOf = (req) => (req.method === 'GET' ? 1 : 3);

router.use(async (req, res, next) => {
  const key = req.get('x-api-key') || req.ip;
  try {
    const rl = await apiLimiter.consume(key, costOf(req));
    res.set('X-RateLimit-Remaining', String(rl.remainingPoints));
    next();
  } catch (rej) {
    res.set('X-RateLimit-Remaining', '0');
    res.status(429).json({ error: 'quota exhausted', consumed: rej.consumedPoints });
  }
});

router.get('/reports', (req, res) => res.json({ reports: ['q1', 'q2'] }));
router.post('/reports', (req, res) => res.status(201).json({ created: req.body.name }));

module.exports = router;
