'use strict';
const { Router } = require('express');
const { breaker, snapshot } = require('../breaker');
const psp = require('../clients/pspClient');
const outbox = require('../outbox');

const router = Router();
const payments = new Map();
let seq = 0;

router.post('/payments', async (req, res, next) => {
  const { amount, currency = 'EUR' } = req.body;
  const payment = { id: `pay_${++seq}`, amount, currency, status: 'pending' };
  payments.set(payment.id, payment);
  try {
    const result = await breaker.fire(payment);
    if (result.queued) {
      payment.status = 'queued';
      return res.status(202).json({ payment, retryRef: result.retryRef });
    }
    Object.assign(payment, { status: 'authorized', authCode: result.authCode });
    res.status(201).json({ payment });
  } catch (err) {
    if (err.statusCode === 402) {
      payment.status = 'declined';
      return res.status(402).json({ payment, error: err.message });
    }
    next(err);
  }
});

router.get('/payments/:id', (req, res) => {
  const payment = payments.get(req.params.id);
  if (!payment) return res.status(404).json({ error: 'not found' });
  res.json(payment);
});

router.get('/ops/breaker', (req, res) => {
  res.json({ ...snapshot(), outbox: outbox.size(), pspCalls: psp.sandbox.calls });
});

router.post('/ops/psp', (req, res) => {
  res.json(psp.setMode(req.body.mode));
});

router.post('/ops/outbox/drain', (req, res) => {
  res.json({ drained: outbox.drain().map((e) => e.paymentId) });
});

module.exports = router;
