// Invoices: a class hierarchy with a static registry of line kinds (static private Map,
// static fromJSON), Symbol.toPrimitive and toJSON, a private method repricing discounts,
// a static private counter, Intl currency formatting; invoices kept in a Map by number.
const express = require('express');
const { Invoice } = require('./models/invoice');

const app = express();
app.use(express.json());

const invoices = new Map();

const find = (req, res, next) => {
  req.invoice = invoices.get(req.params.number);
  req.invoice ? next() : res.status(404).json({ error: `no invoice ${req.params.number}` });
};

app.post('/invoices', (req, res) => {
  const invoice = new Invoice(req.body.customer);
  invoices.set(invoice.number, invoice);
  res.status(201).json(invoice);
});

app.post('/invoices/:number/lines', find, (req, res, next) => {
  try {
    res.json(req.invoice.add(req.body));
  } catch (err) {
    next(err);
  }
});

app.post('/invoices/:number/issue', find, (req, res) => res.json(req.invoice.issue()));

app.get('/invoices', (req, res) => {
  const list = [...invoices.values()].filter((i) => !req.query.status || i.status === req.query.status);
  res.json(list.map((i) => ({ number: i.number, total: i.total, lines: i.lines.length })));
});

app.use((err, req, res, next) => res.status(err.status ?? 400).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
