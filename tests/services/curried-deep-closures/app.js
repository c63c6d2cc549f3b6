// Functions returning functions returning functions: an id maker idMaker(prefix)(width)() whose
// counter lives in the innermost closure, a stepper made both at load time (a module-level ticket
// counter, and one an emitter runs as a listener) and inside a handler (a per-request counter) by the
// same factory, a namespaced store written through scoped(ns)(key)(value), and a hand-written curry
// applied argument by argument.
const express = require('express');
const EventEmitter = require('events');
const curry = require('./lib/curry');
const { idMaker, stepper } = require('./lib/ids');
const { scoped, data, history } = require('./lib/store');

const app = express();
app.use(express.json());

const invoiceId = idMaker('INV')(4);
const orderId = idMaker('ORD')(2);
const tickets = stepper(10)(100);
const bus = new EventEmitter();
const served = stepper(1)();
bus.on('served', served);
const setting = scoped('settings');
const theme = setting('theme');

const carts = {};
const addToCart = curry((cart, sku, qty) => {
  carts[cart] ??= {};
  carts[cart][sku] = (carts[cart][sku] ?? 0) + qty;
  return carts[cart];
});
const addToMine = addToCart('mine');

app.post('/invoices', (req, res) => res.status(201).json({ id: invoiceId(), order: orderId() }));
app.post('/orders', (req, res) => res.status(201).json({ id: orderId() }));

app.post('/tickets', (req, res) => {
  const local = stepper(1)();
  const batch = Array.from({ length: Number(req.query.n ?? 1) }, () => [tickets(), local()]);
  bus.emit('served');
  res.json({ batch, next: tickets.peek() + 10, local: local.peek() });
});

app.put('/theme/:value', (req, res) => res.json({ was: theme(req.params.value) ?? null }));
app.put('/settings/:ns/:key', (req, res) => res.json({ was: scoped(req.params.ns)(req.params.key)(req.body.value) ?? null }));

app.post('/cart/:sku', (req, res) => res.json(addToMine(req.params.sku)(Number(req.query.qty ?? 1))));
app.post('/carts/:cart/:sku/:qty', (req, res) => res.json(addToCart(req.params.cart, req.params.sku, Number(req.params.qty))));

app.get('/state', (req, res) => res.json({ data, history, carts, ticket: tickets.peek(), served: served.peek() }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
