// Products priced through lodash helpers whose closures hold the state: _.memoize (a MapCache
// read back through memo.cache), _.once (a launch announced one time), _.after (a discount from
// the third purchase on), _.before (a coupon for the first two); announcements go out on a mitt
// emitter whose wildcard listener, registered in another module, keeps a journal.
const express = require('express');
const pricing = require('./lib/pricing');
const { events, seen } = require('./lib/events');

const app = express();
app.use(express.json());

const products = new Map([[1, { id: 1, name: 'lamp', price: 40 }], [2, { id: 2, name: 'desk', price: 250 }]]);
const purchases = [];
events.on('discount', (p) => purchases.push(`discount on ${p.name}`));

app.get('/products/:id/price', (req, res) => {
  const p = products.get(Number(req.params.id));
  if (!p) return res.status(404).json({ error: 'no product' });
  const currency = req.query.currency || 'EUR';
  res.json({ id: p.id, currency, price: pricing.convert(p.price, currency), ...pricing.stats() });
});

app.post('/products/:id/buy', (req, res) => {
  const p = products.get(Number(req.params.id));
  if (!p) return res.status(404).json({ error: 'no product' });
  purchases.push(`bought ${p.name}`);
  const launch = pricing.announceLaunch(p);
  const discount = pricing.bulkDiscount(p) || false;
  const coupon = pricing.welcomeCoupon(p);
  res.json({ launch, discount, coupon, discounted: Boolean(p.discounted) });
});

app.put('/rates/:currency', (req, res) => {
  pricing.setRate(req.params.currency, req.body.rate);
  res.json(pricing.stats());
});

app.get('/journal', (req, res) => res.json({ seen, purchases }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
