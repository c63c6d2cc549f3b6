const router = require('express').Router();
const asyncHandler = require('../utils/async-handler');
const orders = require('../services/orders');

router.post('/', asyncHandler(async (req, res) => {
  const order = await orders.place(req.get('x-customer'), req.body.lines);
  res.status(201).json(order);
}));

router.get('/mine', asyncHandler(async (req, res) => {
  res.json(await orders.byCustomer(req.get('x-customer')));
}));

router.get('/:id', asyncHandler(async (req, res) => {
  res.json(await orders.get(Number(req.params.id)));
}));

router.post('/:id/cancel', asyncHandler(async (req, res) => {
  const order = await orders.cancel(Number(req.params.id));
  res.json({ id: order.id, status: order.status });
}));

module.exports = router;
