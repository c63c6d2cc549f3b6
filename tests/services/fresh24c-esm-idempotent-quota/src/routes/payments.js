import { Router } from 'express';
import * as ledger from '../lib/ledger.js';

export function paymentsRouter() {
  const router = Router();

  router.post('/payments', async (req, res) => {
    const { amount, source } = req.body ?? {};
    if (!Number.isInteger(amount) || amount <= 0) return res.status(400).json({ error: 'amount must be a positive integer' });
    try {
      const payment = await ledger.charge({ amount, source });
      res.status(201).location(`/v1/payments/${payment.id}`).set('X-Payment-Id', payment.id).json(payment);
    } catch (err) {
      res.status(err.status ?? 502).json({ error: err.message });
    }
  });

  router.post('/payments/:id/capture', (req, res) => {
    const payment = ledger.capture(req.params.id);
    if (!payment) return res.status(404).json({ error: 'no such payment' });
    res.json(payment);
  });

  router.get('/ping', (req, res) => res.json({ inFlight: ledger.inFlight() }));

  return router;
}
