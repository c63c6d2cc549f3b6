'use strict';

const { Router } = require('express');

module.exports = ({ payouts }) => {
  const router = Router();
  router.get('/:id', async (req, res, next) => {
    try {
      const p = await payouts.get(req.params.id, { wait: req.query.wait === '1' });
      res.json({ id: p.id, seller: p.sellerId, amountCents: p.amountCents, status: p.status, attempts: p.attempts, bankRef: p.bankRef, failure: p.failure ?? null });
    } catch (err) {
      next(err);
    }
  });
  return router;
};
