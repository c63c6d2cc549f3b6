import { Router } from 'express';

import * as orders from '../domain/orders.js';
import { format } from '../lib/money.js';
import { asyncHandler } from './errors.js';
import * as schemas from './schemas.js';

export const ordersRouter = Router();

const present = (order) => ({
  ...order,
  ...(order.totals && { display: { gross: format(order.totals.gross), tax: format(order.totals.tax) } }),
});

ordersRouter.post('/', (req, res) => {
  const order = orders.createOrder(schemas.newOrder.parse(req.body));
  res.status(201).location(`/orders/${order.number}`).json(present(order));
});

ordersRouter.get('/summary', (_req, res) => res.json(orders.summary()));
ordersRouter.get('/audit', (req, res) => res.json(orders.audit(Number(req.query.last ?? 5))));

ordersRouter.get('/:number', (req, res) => res.json(present(orders.getOrder(req.params.number))));

ordersRouter.post('/:number/lines', (req, res) => {
  res.status(201).json(present(orders.addLine(req.params.number, schemas.line.parse(req.body))));
});

ordersRouter.post(
  '/:number/place',
  asyncHandler(async (req, res) => {
    res.json(present(await orders.place(req.params.number)));
  }),
);

ordersRouter.post('/:number/pay', (req, res) => {
  const { at } = schemas.payment.parse(req.body);
  res.json(present(orders.transition(req.params.number, 'paid', { at })));
});

ordersRouter.post('/:number/:action(ship|cancel)', (req, res) => {
  const to = req.params.action === 'ship' ? 'shipped' : 'cancelled';
  res.json(present(orders.transition(req.params.number, to)));
});
