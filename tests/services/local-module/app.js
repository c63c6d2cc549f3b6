// Local modules: require('./lib/util'), a stateful ./lib/store that requires
// ./util itself (one shared instance), and a JSON file required as a module.
var express = require('express');
var util = require('./lib/util');
var store = require('./lib/store');
var settings = require('./lib/settings.json');
var app = express();

app.get('/slug/:text', function slug(req, res) {
  res.send(util.slugify(req.params.text));
});

app.get('/price/:cents', function price(req, res) {
  res.send(util.price(Number(req.params.cents)));
});

app.post('/products/:title/:cents', function add(req, res) {
  res.status(201).json(store.add(req.params.title, Number(req.params.cents)));
});

app.get('/products/:slug', function show(req, res) {
  var product = store.get(req.params.slug);
  if (!product) return res.status(404).json({ error: 'no product ' + req.params.slug });
  res.json(product);
});

app.get('/products', function list(req, res) {
  res.json({ shop: settings.shop, prefix: util.PREFIX, sameUtil: require('./lib/util') === util, products: store.all() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
