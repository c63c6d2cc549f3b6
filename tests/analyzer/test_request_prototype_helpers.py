"""Helpers a service hangs on every request or response (fresh24c-esm-proto-helpers): functions put on
`app.response` / `app.request` / `express.response`, a getter defined on `app.request`, and the members of
`Object.assign(res, { ... })` in a middleware. A handler calling `res.fail(...)` or reading `req.user` runs them,
and what they write is its state."""
from .helpers import same_group, stateful

ON_APP_RESPONSE = """
    const express = require('express');
    const app = express();
    const tally = { fail: 0, lookups: 0 };
    app.response.fail = function (code) { tally.fail++; return this.status(400).json({ code }); };
    Object.defineProperty(app.request, 'user', {
      get() { tally.lookups++; return this.get('authorization') || null; },
    });
    app.get('/a', (req, res) => res.fail('A'));
    app.get('/b', (req, res) => res.json({ user: req.user }));
    app.get('/tally', (req, res) => res.json(tally));
"""


def test_a_function_put_on_app_response_runs_in_the_handlers_that_call_it():
    assert stateful(ON_APP_RESPONSE, 8) and same_group(ON_APP_RESPONSE, 8, 10)


def test_a_getter_defined_on_app_request_runs_in_the_handlers_that_read_it():
    assert stateful(ON_APP_RESPONSE, 9) and same_group(ON_APP_RESPONSE, 9, 10)


ON_A_PARAMETER = {
    "app.js": """
        const express = require('express');
        const { install, tally } = require('./helpers');
        const app = express();
        install(app);
        app.get('/a', (req, res) => res.status(418).success('A'));
        app.get('/tally', (req, res) => res.json(tally));
        module.exports = app;
    """,
    "helpers.js": """
        const express = require('express');
        const tally = { success: 0, wants: 0 };
        function install(app) {
          app.response.success = function (data) { tally.success++; return this.json({ data }); };
        }
        Object.defineProperty(express.request, 'wantsJson', {
          get() { tally.wants++; return this.accepts(['html', 'json']) === 'json'; },
        });
        module.exports = { install, tally };
    """,
}


def test_helpers_put_on_the_prototypes_of_an_app_handed_to_a_function_or_of_express_are_found():
    assert stateful(ON_A_PARAMETER, 5) and same_group(ON_A_PARAMETER, 5, 6)


ASSIGNED_TO_RES = """
    const express = require('express');
    const app = express();
    const counts = { ok: 0 };
    app.use((req, res, next) => {
      Object.assign(res, { ok: (data) => { counts.ok++; return res.json(data); } });
      next();
    });
    app.get('/a', (req, res) => res.ok('A'));
    app.get('/counts', (req, res) => res.json(counts));
"""


def test_a_member_of_object_assign_on_res_runs_in_the_handlers_that_call_it():
    assert stateful(ASSIGNED_TO_RES, 8) and same_group(ASSIGNED_TO_RES, 8, 9)


ETAG_FUNCTION = """
    const express = require('express');
    const app = express();
    let hashed = 0;
    app.set('etag', (body) => `"${++hashed}-${body.length}"`);
    const pages = new Map();
    app.get('/pages', (req, res) => res.json([...pages.keys()]));
    app.put('/pages/:id', (req, res) => { pages.set(req.params.id, 1); res.status(201).end(); });
    app.get('/hashed', (req, res) => res.json({ hashed }));
"""


def test_an_etag_function_set_on_the_app_runs_in_the_handlers_that_send_a_body():
    """fresh24c-etag-conditional: Express calls `app.set('etag', fn)`'s function synchronously inside
    `res.send`; it was a continuation of main of its own, and what it wrote was nobody's."""
    from .helpers import summary
    assert ("post", 4) not in summary(ETAG_FUNCTION)
    assert stateful(ETAG_FUNCTION, 6) and same_group(ETAG_FUNCTION, 6, 8)
