const express = require('express');
const tenants = require('./store/tenants');
const invoices = require('./routes/invoices');
const idempotency = require('./middleware/idempotency');

const app = express();
app.use(express.json());

const api = express.Router();
let lookups = 0;

api.param('tenant', (req, res, next, slug) => {
  lookups++;
  const tenant = tenants.find(slug);
  if (!tenant) return res.status(404).json({ error: `unknown tenant ${slug}` });
  req.tenant = tenant;
  next();
});

api.use('/:tenant/invoices', invoices);

api.post('/', (req, res) => {
  const t = tenants.create(req.body?.slug, req.body?.plan);
  if (!t) return res.status(409).json({ error: 'exists' });
  res.status(201).json({ slug: t.slug, plan: t.plan, limit: t.limit });
});

api.get('/', (req, res) => res.json({ tenants: tenants.all(), lookups, ...idempotency.stats() }));

app.use('/tenants', api);

module.exports = app;
