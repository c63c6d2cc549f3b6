'use strict';

const client = require('prom-client');

function createMetrics({ outboxPending }) {
  const registry = new client.Registry();
  const http = new client.Counter({
    name: 'http_requests_total',
    help: 'Requests by route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const payouts = new client.Counter({
    name: 'payouts_total',
    help: 'Payouts by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const bankCalls = new client.Counter({ name: 'bank_calls_total', help: 'Calls to the bank', labelNames: ['result'], registers: [registry] });
  new client.Gauge({
    name: 'outbox_pending',
    help: 'Outbox messages not relayed yet',
    registers: [registry],
    collect() {
      this.set(outboxPending());
    },
  });

  const track = (req, res, next) => {
    res.on('finish', () => {
      const route = req.route ? `${req.baseUrl}${req.route.path}` : 'unmatched';
      http.inc({ method: req.method, route, status: res.statusCode });
    });
    next();
  };

  return { registry, http, payouts, bankCalls, track };
}

module.exports = { createMetrics };
