// A shop API instrumented with prom-client: a middleware counts every request when its response
// finishes (`res.on('finish')`), routes move a gauge and observe a histogram, and /metrics answers
// the registry's text exposition (awaited), /metrics.json its JSON. response-time's callback feeds a
// counter of slow requests (none here) without a header, so that the answers stay deterministic.
const express = require('express');
const responseTime = require('response-time');
const client = require('prom-client');
const { register, httpRequests, openCarts, orderValue, slowRequests } = require('./lib/metrics');

// a counter made here, as a one-file service makes its metrics
const checkouts = new client.Counter({ name: 'checkouts_total', help: 'Checkouts', registers: [register] });

const app = express();
app.use(express.json());
app.use(responseTime((req, res, ms) => { if (ms > 1000) slowRequests.inc(); }));
app.use((req, res, next) => {
  res.on('finish', () => {
    httpRequests.inc({ method: req.method, route: req.route ? req.baseUrl + req.route.path : 'unmatched', status: res.statusCode });
  });
  next();
});

const carts = new Map();
let nextCart = 1;

app.post('/carts', (req, res) => {
  const id = nextCart++;
  carts.set(id, { id, items: [] });
  openCarts.inc();
  res.status(201).json({ id });
});

app.post('/carts/:id/items', (req, res) => {
  const cart = carts.get(Number(req.params.id));
  if (!cart) return res.status(404).json({ error: 'no cart' });
  cart.items.push({ sku: req.body.sku, price: Number(req.body.price) || 0 });
  res.json(cart);
});

app.post('/carts/:id/checkout', (req, res) => {
  const cart = carts.get(Number(req.params.id));
  if (!cart) return res.status(404).json({ error: 'no cart' });
  const total = cart.items.reduce((sum, i) => sum + i.price, 0);
  carts.delete(cart.id);
  openCarts.dec();
  orderValue.observe(total);
  checkouts.inc();
  res.json({ total });
});

app.get('/metrics', async (req, res) => {
  res.set('Content-Type', register.contentType);
  res.end(await register.metrics());
});

app.get('/metrics.json', async (req, res) => {
  const metrics = await register.getMetricsAsJSON();
  res.json(metrics.map((m) => ({ name: m.name, type: m.type, values: m.values.length })));
});

app.get('/checkouts', async (req, res) => res.json((await checkouts.get()).values));

app.get('/metrics/:name', async (req, res) => {
  const metric = register.getSingleMetric(req.params.name);
  if (!metric) return res.status(404).json({ error: 'no metric' });
  res.json(await metric.get());
});

app.post('/metrics/reset', (req, res) => {
  register.resetMetrics();
  res.sendStatus(204);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
