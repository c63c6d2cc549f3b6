// Models in a class hierarchy: every write happens in the base class (Model#save, reached through
// super.save() from subclasses two levels deep) and in mixin methods copied onto Model.prototype
// with Object.assign (a version counter on the instance, a module history array, per-class usage
// counts kept as a static property assigned through this.constructor).
const express = require('express');
const { Customer, Order, RushOrder } = require('./models');
const { stats } = require('./models/base');
const { history } = require('./models/mixins');

const app = express();
app.use(express.json());

const by = (req) => req.get('x-user') || 'anon';

app.post('/customers', (req, res) => {
  res.status(201).json(new Customer(req.body).save(by(req)));
});

app.patch('/customers/:id', (req, res) => {
  const c = Customer.find(req.params.id);
  if (!c) return res.status(404).json({ error: 'not found' });
  Object.assign(c, req.body);
  res.json(c.save(by(req)));
});

app.post('/orders', (req, res, next) => {
  const Kind = req.query.rush === '1' ? RushOrder : Order;
  try {
    res.status(201).json(new Kind(req.body).save(by(req)));
  } catch (err) {
    next(err);
  }
});

app.get('/orders', (req, res) => res.json(Order.all().concat(RushOrder.all())));

app.get('/stats', (req, res) => {
  res.json({ ...stats(), usage: { Customer: Customer.usage, Order: Order.usage, RushOrder: RushOrder.usage }, history });
});

app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
