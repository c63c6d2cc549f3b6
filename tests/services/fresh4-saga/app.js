// An order saga advanced by awaited steps (reserve, charge, ship) with
// compensation in reverse order; failures are AppError subclasses with a
// `cause`, passed to next(err) and rendered by the error middleware.
const express = require('express');
const { runSaga } = require('./lib/saga');
const { AppError, NotFound } = require('./lib/errors');
const svc = require('./lib/services');

const orders = new Map();
let seq = 0;
const history = [];

const app = express();
app.use(express.json());

app.post('/orders', async (req, res, next) => {
  const { item, qty = 1, customer, address = 'home' } = req.body;
  if (!item || !customer) return next(new AppError('item and customer are required', { status: 400, code: 'BAD_INPUT' }));
  const order = { id: ++seq, item, qty, customer, address, state: 'new' };
  orders.set(order.id, order);
  try {
    const { id, state, tracking } = await runSaga(order);
    history.push(`${id}:ok`);
    res.status(201).json({ id, state, tracking });
  } catch (err) {
    history.push(`${order.id}:${err.step}`);
    next(err);
  } finally {
    history.push(`${order.id}:${order.state}`);
  }
});

const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

app.get('/orders/:id', asyncHandler(async (req, res) => {
  const order = orders.get(Number(req.params.id));
  if (!order) throw new NotFound(`order ${req.params.id}`);
  res.json(order);
}));

app.get('/orders/:id/safe', (req, res, next) => {
  Promise.resolve(orders.get(Number(req.params.id)))
    .then((order) => order ?? Promise.reject(new NotFound(`order ${req.params.id}`)))
    .then((order) => res.json({ id: order.id, state: order.state }))
    .catch(next);
});

app.get('/ledger', (req, res) => {
  res.json({ stock: svc.stock, balances: svc.balances, shipments: svc.shipments, history });
});

app.use((err, req, res, next) => {
  if (err instanceof AppError) return res.status(err.status).json(err);
  res.status(500).json({ error: 'INTERNAL', name: err.name });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
