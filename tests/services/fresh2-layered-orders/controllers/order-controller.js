const asyncHandler = require('../lib/async-handler');
const orderService = require('../services/order-service');
const { orderRepository } = require('../repositories/order-repository');

exports.list = asyncHandler(async (req, res) => {
  const orders = await orderRepository.findAll({ status: req.query.status, customer: req.query.customer });
  res.json(orders.map(({ id, customer, status, total }) => ({ id, customer, status, total })));
});

exports.create = asyncHandler(async (req, res) => {
  const order = await orderService.placeOrder(req.body);
  res.status(201).location(`/api/orders/${order.id}`).json(order);
});

exports.show = (req, res) => res.json(req.order);

exports.transition = asyncHandler(async (req, res) => {
  const updated = await orderService.transition(req.order, req.body?.status);
  res.json(updated);
});

exports.summary = asyncHandler(async (req, res) => {
  res.json(await orderService.summary());
});
