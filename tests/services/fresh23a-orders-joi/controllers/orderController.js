'use strict';

const asyncHandler = require('../utils/asyncHandler');

module.exports = function makeOrderController({ orderService, productRepository, notifications, audit }) {
  return {
    create: asyncHandler(async (req, res) => {
      const order = await orderService.place(req.body);
      res.status(201).json(order);
    }),
    transition: asyncHandler(async (req, res) => {
      res.json(await orderService.transition(req.params.id, req.body.status));
    }),
    show: asyncHandler(async (req, res) => {
      res.json(orderService.get(req.params.id));
    }),
    list: asyncHandler(async (req, res) => {
      const { page, size, ...filter } = req.validQuery;
      const all = orderService.list(filter);
      res.set('x-total-count', String(all.length)).json(all.slice((page - 1) * size, page * size).map(({ id, status, total }) => ({ id, status, total })));
    }),
    stock: asyncHandler(async (req, res) => {
      res.json({ products: productRepository.list(), locks: productRepository.locks });
    }),
    report: asyncHandler(async (req, res) => {
      res.json({
        counters: orderService.counters,
        coupons: orderService.couponsLeft,
        notifications: notifications.summary(),
        audit,
      });
    }),
  };
};
