const express = require('express');
const service = require('../services/orderService');

const router = express.Router();

const view = (o) => ({ id: o.id, customer: o.customer, status: o.status, total: o.quote.total, history: o.history });

router.post('/', (req, res, next) => {
  try {
    res.status(201).json(view(service.create(req.body)));
  } catch (err) {
    next(err);
  }
});

router.post('/:id/:action(pay|cancel|ship|deliver|refund)', (req, res, next) => {
  const next_ = { pay: 'paid', cancel: 'cancelled', ship: 'shipped', deliver: 'delivered', refund: 'refunded' }[req.params.action];
  try {
    res.json(view(service.transition(req.params.id, next_)));
  } catch (err) {
    next(err);
  }
});

router.get('/:id', (req, res) => {
  const o = service.get(req.params.id);
  o ? res.json({ ...view(o), lines: o.quote.lines }) : res.sendStatus(404);
});

router.use((err, req, res, next) => {
  if (!(err instanceof service.OrderError)) return next(err);
  res.status(err.status).json({ error: err.message });
});

module.exports = router;
