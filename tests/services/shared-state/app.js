// Module-level state shared across routes (what the fluxional compiler puts
// in groups): a hit counter written by a middleware, a stock written by two
// routes and read by a third, a history appended everywhere, a last-visitor.
var express = require('express');
var app = express();

var hits = 0;
var stock = { apple: 3, pear: 1 };
var history = [];
var lastVisitor = null;

app.use(function countHits(req, res, next) {
  hits += 1;
  next();
});

app.post('/reserve/:item', function reserve(req, res) {
  var item = req.params.item;
  if (!(item in stock)) return res.status(404).json({ error: 'unknown item ' + item });
  if (stock[item] === 0) {
    history.push('refused ' + item);
    return res.status(409).json({ error: 'sold out', item: item });
  }
  stock[item] -= 1;
  history.push('reserved ' + item);
  res.json({ item: item, left: stock[item] });
});

app.post('/restock/:item/:count', function restock(req, res) {
  var item = req.params.item;
  stock[item] = (stock[item] || 0) + Number(req.params.count);
  history.push('restocked ' + item);
  res.json(stock);
});

app.get('/stock', function showStock(req, res) {
  res.json(stock);
});

app.get('/visit/:name', function visit(req, res) {
  var previous = lastVisitor;
  lastVisitor = req.params.name;
  history.push('visit ' + req.params.name);
  res.send(previous === null ? 'first visitor' : 'previous visitor was ' + previous);
});

app.get('/history', function showHistory(req, res) {
  res.json(history);
});

app.get('/stats', function stats(req, res) {
  res.json({ hits: hits, events: history.length, items: Object.keys(stock).length });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
