// The request's tenant in an AsyncLocalStorage: the store IS the tenant's record from the
// module's Map, so a handler changing `current()` changes the tenant kept here.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const tenants = new Map([
  ['acme', { id: 'acme', plan: 'free', calls: 0, flags: [] }],
  ['globex', { id: 'globex', plan: 'pro', calls: 0, flags: ['beta'] }],
]);

function middleware(req, res, next) {
  const tenant = tenants.get(req.get('x-tenant') ?? 'acme');
  if (!tenant) return res.status(400).json({ error: 'unknown tenant' });
  als.run(tenant, next);
}

const current = () => als.getStore();

module.exports = { middleware, current, tenants };
