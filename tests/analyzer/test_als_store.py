"""`als.run(tenant, next)` with `tenant` from a module Map: inside, `als.getStore()` is that record, so
a handler changing `current().plan` changes the Map's record. The analysis saw a write of `als` only, and
`tenants` stayed a copy of main's in each message (fresh26b-als-tenants: an upgrade lost)."""
from .helpers import same_group, write_lines

SERVICE = {
    "app.js": """
        const express = require('express');
        const { middleware, current, tenants } = require('./context');
        const app = express();
        app.use(middleware);
        app.post('/upgrade', (req, res) => { current().plan = req.query.plan; res.json({ ok: true }); });
        app.get('/tenants', (req, res) => res.json([...tenants.values()]));
        module.exports = app;
    """,
    "context.js": """
        const { AsyncLocalStorage } = require('node:async_hooks');
        const als = new AsyncLocalStorage();
        const tenants = new Map([['acme', { id: 'acme', plan: 'free' }]]);
        function middleware(req, res, next) {
          const tenant = tenants.get(req.get('x-tenant') || 'acme');
          als.run(tenant, next);
        }
        const current = () => als.getStore();
        module.exports = { middleware, current, tenants };
    """,
}


def test_a_change_of_the_store_is_a_change_of_what_run_was_given():
    assert ("post_upgrade", 5) in write_lines(SERVICE, "tenants")
    assert same_group(SERVICE, "post_upgrade", "get_tenants")
