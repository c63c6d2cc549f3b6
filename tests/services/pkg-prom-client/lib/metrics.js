// Prometheus metrics as services expose them: one registry, counters labelled by route and status,
// a gauge, a histogram of order values, and a summary of response times kept out of the answers.
const client = require('prom-client');

const register = new client.Registry();
register.setDefaultLabels({ app: 'shop' });

const httpRequests = new client.Counter({
  name: 'http_requests_total',
  help: 'HTTP requests by method, route and status',
  labelNames: ['method', 'route', 'status'],
  registers: [register],
});

const openCarts = new client.Gauge({
  name: 'open_carts',
  help: 'Carts not checked out yet',
  registers: [register],
});

const orderValue = new client.Histogram({
  name: 'order_value_dollars',
  help: 'Order values',
  buckets: [5, 10, 50, 100],
  registers: [register],
});

const slowRequests = new client.Counter({
  name: 'slow_requests_total',
  help: 'Requests slower than a second',
  registers: [register],
});

module.exports = { register, httpRequests, openCarts, orderValue, slowRequests };
