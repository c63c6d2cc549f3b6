// State written by calls nobody writes out: a getter that hands out ids (`ids.next`, also read by
// destructuring), toJSON methods counting serialisations when res.json stringifies them,
// Symbol.toPrimitive counting by hint when a money value meets a template literal, `+` or unary `+`,
// a generator-backed Symbol.iterator counting iterations under spread, a JSON.parse reviver and a
// sort comparator recording which lines it saw (in a Set: how often it runs is the engine's choice).
'use strict';
const express = require('express');
const ids = require('./lib/ids');
const { Money, conversions } = require('./lib/money');
const { Basket, serialized } = require('./lib/basket');
const { parseImport, seen } = require('./lib/importer');

const baskets = new Map();

const app = express();
app.use(express.json());

app.post('/baskets', (req, res) => {
  const { next: id } = ids;
  const basket = new Basket(`b${id}`);
  baskets.set(basket.id, basket);
  res.status(201).json(basket);
});

app.post('/baskets/:id/lines', (req, res) => {
  const basket = baskets.get(req.params.id);
  if (!basket) return res.status(404).json({ error: 'no basket' });
  basket.add(req.body.sku, new Money(req.body.cents), req.body.qty);
  res.json({ total: `${basket.total}`, basket });
});

app.post('/baskets/:id/import', (req, res) => {
  const basket = baskets.get(req.params.id);
  if (!basket) return res.status(404).json({ error: 'no basket' });
  for (const line of parseImport(req.body.text)) basket.add(line.sku, line.price, line.qty);
  res.json({ lines: [...basket].length, total: 'total: ' + basket.total });
});

app.get('/baskets/:id/sorted', (req, res) => {
  const basket = baskets.get(req.params.id);
  if (!basket) return res.status(404).json({ error: 'no basket' });
  res.json(basket.sortedBy(req.query.by ?? 'sku'));
});

app.get('/stats', (req, res) => {
  res.json({ issued: ids.issued, conversions, serialized: { ...serialized }, seen });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
