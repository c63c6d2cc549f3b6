// Express 5 query strings: `app.set('query parser', 'extended')` for `filter[price][gte]=`
// and `page[size]=`, req.query a getter (a middleware's default written into it is lost),
// saved searches and a popularity count, a urlencoded body only on one route.
const express = require('express');
const products = require('./routes/products');

const app = express();
app.set('query parser', 'extended');

app.use('/products', products);

app.get('/raw', (req, res) => {
  res.json({ query: req.query, type: Array.isArray(req.query.tag) ? 'array' : typeof req.query.tag });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
