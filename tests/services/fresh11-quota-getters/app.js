// Quotas computed by getters from state in other modules: a usage module exporting
// `get total()`/`get tenants()` over its Map and `let`, a plan registry class filled in a static
// block with a static private Map, per-tenant view objects whose getters (and toJSON) read both,
// and a middleware that records usage and refuses calls past the plan's quota.
'use strict';
const express = require('express');
const usage = require('./lib/usage');
const quota = require('./lib/quota');
const Plan = require('./plans/registry');

const app = express();
app.use(express.json());

function metered(req, res, next) {
  const tenant = req.get('x-tenant') ?? 'anonymous';
  const view = quota.quotaView(tenant);
  if (view.remaining === 0) return res.status(429).json(view);
  usage.record(tenant, Buffer.byteLength(JSON.stringify(req.body ?? {})));
  res.set('X-Quota-Remaining', String(view.remaining));
  next();
}

app.post('/api/echo', metered, (req, res) => res.json({ echo: req.body, total: usage.total }));

app.put('/tenants/:tenant/plan', (req, res) => {
  quota.assign(req.params.tenant, req.body.plan);
  res.json(quota.quotaView(req.params.tenant));
});

app.delete('/tenants/:tenant/usage', (req, res) => res.json({ cleared: usage.reset(req.params.tenant), total: usage.total }));

app.get('/tenants', (req, res) => {
  const { total, tenants } = usage;
  res.json({ total, assigned: quota.assigned, plans: Plan.names, views: tenants.map(quota.quotaView) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
