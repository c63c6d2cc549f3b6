// Store methods borrowed and called with an explicit `this`: plain functions
// that use `this` run through `fn.call(store, ...)`, `fn.apply(store, args)`
// and `Reflect.apply`, `bind` makes partials (a tax rate, a fixed warehouse),
// a hand-written `curry` builds adders, and a method name from the URL picks
// which one (`ops[name].apply(...)`).
const express = require('express');

const stores = {
  north: { name: 'north', stock: {}, moves: 0 },
  south: { name: 'south', stock: {}, moves: 0 },
};

function add(sku, qty) {
  this.stock[sku] = (this.stock[sku] ?? 0) + qty;
  this.moves++;
  return this.stock[sku];
}

function remove(sku, qty) {
  if ((this.stock[sku] ?? 0) < qty) return null;
  return add.call(this, sku, -qty);
}

function count() {
  return Object.values(this.stock).reduce((sum, n) => sum + n, 0);
}

const ops = { add, remove, count };

const curry = (fn) => function curried(...args) {
  return args.length >= fn.length ? fn.apply(this, args) : (...more) => curried.apply(this, [...args, ...more]);
};

const restockNorth = add.bind(stores.north);
const price = curry((rate, cents, qty) => Math.round(cents * qty * (1 + rate)));
const withVat = price(0.2);
const quotes = [];

const app = express();
app.use(express.json());

app.post('/stores/:store/:op', (req, res) => {
  const store = stores[req.params.store];
  const op = Object.hasOwn(ops, req.params.op) ? ops[req.params.op] : undefined;
  if (!store || !op) return res.status(404).json({ error: 'unknown store or op' });
  const args = [req.body.sku, req.body.qty].filter((a) => a !== undefined);
  const result = req.query.via === 'reflect' ? Reflect.apply(op, store, args) : op.apply(store, args);
  if (result === null) return res.status(409).json({ error: 'not enough stock', have: store.stock[req.body.sku] ?? 0 });
  res.json({ store: store.name, result, moves: store.moves });
});

app.post('/restock', (req, res) => {
  const after = req.body.items.map(([sku, qty]) => restockNorth(sku, qty));
  res.status(201).json({ after, moves: stores.north.moves });
});

app.post('/move', (req, res) => {
  const { from, to, sku, qty } = req.body;
  const taken = remove.call(stores[from], sku, qty);
  if (taken === null) return res.status(409).json({ error: 'not enough stock' });
  const put = add.call(stores[to], sku, qty);
  res.json({ [from]: taken, [to]: put });
});

app.post('/quote', (req, res) => {
  const { cents, qty, vat = true } = req.body;
  const total = vat ? withVat(cents)(qty) : price(0, cents, qty);
  quotes.push(total);
  res.json({ total, quotes: quotes.length, sum: quotes.reduce((a, b) => a + b, 0) });
});

app.get('/stores', (req, res) => {
  const summary = Object.fromEntries(Object.values(stores).map((s) => [s.name, { ...s.stock, total: count.call(s) }]));
  res.json(summary);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
