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

// An internal admin app with its own settings, mounted under /admin.
const admin = express();
admin.set('json spaces', 2);
let audits = 0;
admin.get('/tenants/:tenant', (req, res) => {
  audits++;
  const t = tenants.find(req.params.tenant);
  if (!t) return res.status(404).json({ error: 'no tenant' });
  res.json({ slug: t.slug, plan: t.plan, limit: t.limit, numbers: t.invoices().map((i) => i.number), audits });
});
admin.patch('/tenants/:tenant/plan', express.json(), (req, res) => {
  const t = tenants.find(req.params.tenant);
  if (!t) return res.status(404).json({ error: 'no tenant' });
  t.plan = req.body?.plan ?? t.plan;
  res.json({ slug: t.slug, plan: t.plan, limit: t.limit });
});
app.use('/admin', admin);

module.exports = app;
