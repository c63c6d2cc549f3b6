'use strict';

const { Router } = require('express');
const { Readable } = require('node:stream');

module.exports = ({ ledger, payouts, repos }) => {
  const router = Router();

  router.param('sellerId', (req, res, next, id) => {
    try {
      req.seller = ledger.seller(id);
      next();
    } catch (err) {
      next(err);
    }
  });

  router.post('/', (req, res) => {
    const seller = ledger.onboard(req.body);
    res.status(201).location(`/sellers/${seller.id}`).json(seller);
  });

  router.route('/:sellerId/sales').post((req, res) => {
    res.status(201).json(ledger.recordSale(req.seller.id, req.body));
  });

  router.get('/:sellerId/balance', (req, res) => res.json(ledger.balance(req.seller.id)));

  router.post('/:sellerId/payouts', (req, res) => {
    const payout = payouts.request(req.seller.id, req.body.amountCents);
    res.status(202).location(`/payouts/${payout.id}`).json({ id: payout.id, status: payout.status });
  });

  router.post('/:sellerId/webhooks', (req, res) => {
    const events = Array.isArray(req.body.events) ? req.body.events : ['payout.paid', 'payout.failed'];
    res.status(201).json(repos.webhooks.insert({ sellerId: req.seller.id, url: req.body.url, events }));
  });

  router.get('/:sellerId/statement.ndjson', (req, res) => {
    res.type('application/x-ndjson');
    Readable.from(ledger.statement(req.seller.id))
      .map((entry) => `${JSON.stringify(entry)}\n`)
      .pipe(res);
  });

  return router;
};
