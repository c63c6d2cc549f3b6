// Orders behind two containers: a hand-written one resolving by parameter names, and awilix in
// CLASSIC mode (which also parses the constructor's parameter names).
const express = require('express');
const awilix = require('awilix');
const { Container, paramNames } = require('./lib/container');

const app = express();
app.use(express.json());

const config = { taxRate: 0.2, currency: 'EUR' };

class OrderRepo {
  constructor(db) { this.db = db; }
  add(order) { order.id = ++this.db.seq; this.db.orders.push(order); return order; }
  all() { return this.db.orders; }
}

class PricingService {
  constructor(config, orderRepo) { this.config = config; this.orderRepo = orderRepo; }
  total(lines) {
    const net = lines.reduce((s, l) => s + l.price * l.qty, 0);
    return Math.round(net * (1 + this.config.taxRate) * 100) / 100;
  }
}

const makeClock = () => { let t = 1000; return { now: () => (t += 60) }; };
function checkout(pricingService, orderRepo, clock) {
  return (lines) => orderRepo.add({ lines, total: pricingService.total(lines), at: clock.now() });
}

const container = new Container()
  .register('config', () => config)
  .register('db', () => ({ seq: 0, orders: [] }))
  .register('clock', makeClock)
  .register('orderRepo', OrderRepo)
  .register('pricingService', PricingService)
  .register('checkout', checkout);

const ac = awilix.createContainer({ injectionMode: awilix.InjectionMode.CLASSIC });
ac.register({
  config: awilix.asValue(config),
  counter: awilix.asFunction(() => ({ n: 0 })).singleton(),
  greeter: awilix.asClass(class Greeter {
    constructor(config, counter) { this.config = config; this.counter = counter; }
    greet(name) { this.counter.n++; return `hello ${name} #${this.counter.n} (${this.config.currency})`; }
  }).singleton(),
});

app.get('/di/graph', (req, res) => res.json(container.graph()));
app.get('/di/params', (req, res) => res.json({
  checkout: paramNames(checkout),
  PricingService: paramNames(PricingService),
  makeClock: paramNames(makeClock),
  handler: paramNames((req, res, next) => next),
}));

app.post('/orders', (req, res) => {
  const order = container.resolve('checkout')(req.body.lines || []);
  res.status(201).json(order);
});
app.get('/orders', (req, res) => res.json({ orders: container.resolve('orderRepo').all(), resolutions: container.resolutions }));

app.put('/config/tax', (req, res) => {
  config.taxRate = req.body.rate;
  res.json(container.resolve('config'));
});

app.get('/greet/:name', (req, res) => res.json({ text: ac.resolve('greeter').greet(req.params.name) }));

app.get('/di/unknown', (req, res) => {
  try { container.resolve('mailer'); } catch (e) { res.status(500).json({ error: e.message }); }
});

app.listen(process.env.PORT || 3000);
