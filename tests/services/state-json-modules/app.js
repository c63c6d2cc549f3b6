// A JSON file required as a mutable store, the way small services keep settings and seed data:
// one module holds `require('./data/settings.json')` and changes it; a handler requires the
// same file again and reads the changed object (Node.js caches one object per file); another
// route changes it through a require written in the handler.
const express = require('express');
const settings = require('./data/settings.json');
const products = require('./data/products.json');

const app = express();
app.use(express.json());

app.put('/settings/:key', (req, res) => {
  settings[req.params.key] = req.body.value;
  res.json(settings);
});

app.get('/settings', (req, res) => res.json(require('./data/settings.json')));

app.post('/products', (req, res) => {
  require('./data/products.json').push({ id: products.length + 1, name: req.body.name });
  res.status(201).json({ count: products.length });
});

app.get('/products', (req, res) => res.json(products));
app.get('/products/count', (req, res) => res.json({ count: require('./data/products').length }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
