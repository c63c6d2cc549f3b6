// Express 5 with a tenant in AsyncLocalStorage whose store is the tenant's record from a module
// Map, changed by handlers through `current()` (calls counted, plan upgraded, flags pushed) in
// async handlers after awaits; a tagged-template query builder caching by call site; ids from
// generators whose cursors every request advances; a per-request scratch object in the store
// that no request keeps.
'use strict';
const express = require('express');
const { setTimeout: sleep } = require('node:timers/promises');
const { middleware, current, tenants } = require('./lib/context');
const { sql, counts } = require('./lib/sql');
const ids = require('./lib/ids');

const app = express();
app.use(express.json());
app.use(middleware);

const invoices = [];

app.use((req, res, next) => {
  current().calls += 1;
  next();
});

app.post('/invoices', async (req, res) => {
  await sleep(5);
  const tenant = current();
  const q = sql`insert into invoices (tenant, amount) values (${tenant.id}, ${req.body.amount})`;
  const invoice = { id: ids.nextInvoice(), tenant: tenant.id, amount: req.body.amount, q: q.text };
  invoices.push(invoice);
  res.status(201).json(invoice);
});

app.get('/invoices', async (req, res) => {
  await sleep(1);
  const { id } = current();
  const q = sql`select * from invoices where tenant = ${id}`;
  res.json({ q: q.text, items: invoices.filter((i) => i.tenant === id).map((i) => i.id) });
});

app.post('/upgrade', async (req, res) => {
  const tenant = current();
  await sleep(2);
  tenant.plan = req.body.plan;
  current().flags.push(`upgraded:${req.body.plan}`);
  res.json({ plan: current().plan });
});

app.post('/tickets', (req, res) => {
  const t = ids.nextTicket();
  current().flags.push(t);
  res.status(201).json({ ticket: t });
});

app.post('/tickets/reset', (req, res) => res.json({ next: ids.resetTickets() }));

app.get('/me', (req, res) => {
  const { id, plan, calls, flags } = current();
  res.json({ id, plan, calls, flags });
});

app.get('/admin/tenants', (req, res) => {
  res.json({ tenants: [...tenants.values()].map((t) => `${t.id}:${t.plan}:${t.calls}`), sql: counts });
});

// stateless: computed from the request alone
app.get('/echo/{*rest}', (req, res) => {
  res.json({ rest: req.params.rest ?? [], tenant: req.get('x-tenant') ?? 'acme' });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
