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


KEPT_JSON = """
    const express = require('express');
    const app = express();
    let served = 0;
    app.use((req, res, next) => {
      const json = res.json.bind(res);
      res.json = (payload) => json({ data: payload, n: ++served });
      next();
    });
    app.post('/t', async (req, res) => {
      await new Promise((resolve) => setImmediate(resolve));
      res.status(201).json({ ok: true });
    });
"""


def test_a_response_method_a_middleware_keeps_before_wrapping_it_is_no_group_state():
    """fresh24c-envelope-audit: `const json = res.json.bind(res)` was state of the group of the handlers calling
    `res.json`, so after an await the wrapper called a `json` bound to the copy of the response the unit's state
    held (Liquefy answered 200 without Location where Node.js answers 201): it travels with the wrapper."""
    from .helpers import graph
    g = graph(KEPT_JSON)
    assert not any("json" in group["variables"] for group in g["groups"])
    assert stateful(KEPT_JSON, 10)


KEPT_JSON_AFTER_AWAIT = """
    const express = require('express');
    const app = express();
    const store = new Map();
    const claim = async (id) => { await new Promise((resolve) => setImmediate(resolve)); return !store.has(id); };
    const idempotent = () => async (req, res, next) => {
      const fresh = await claim(req.get('key'));
      const json = res.json.bind(res);
      res.json = (body) => { store.set(req.get('key'), res.statusCode); return json(body); };
      next();
    };
    app.post('/t', idempotent(), async (req, res) => {
      await new Promise((resolve) => setImmediate(resolve));
      res.status(201).json({ ok: true });
    });
"""


def test_a_response_method_kept_after_an_await_is_no_group_state_either():
    """fresh25a-esm-idempotency: an async middleware keeping `const json = res.json.bind(res)` after its
    first await (the Idempotency-Key claimed in Redis) made `json` a cell of the group of the handlers calling
    `res.json`: the handler answered through the copy of the response that state held, 200 where Node.js
    answers 201. Its continuation is the function's own run: the local travels with the wrapper."""
    from .helpers import graph
    g = graph(KEPT_JSON_AFTER_AWAIT)
    assert not any("json" in group["variables"] for group in g["groups"])


CLASS_WRAPPER = {
    "app.js": """
        const express = require('express');
        const MemoCache = require('./memo');
        const app = express();
        const cache = new MemoCache();
        const items = [];
        app.get('/items', cache.middleware, (req, res) => res.json(items));
        app.post('/items', (req, res) => { items.push(req.query.x); res.status(201).end(); });
        app.get('/stats', (req, res) => res.json({ size: cache.size }));
        module.exports = app;
    """,
    "memo.js": """
        class MemoCache {
          #store = new Map();
          constructor() { this.middleware = this.middleware.bind(this); }
          middleware(req, res, next) {
            const json = res.json.bind(res);
            res.json = (body) => { this.#store.set(req.originalUrl, body); return json(body); };
            next();
          }
          get size() { return this.#store.size; }
        }
        module.exports = MemoCache;
    """,
}


def test_a_wrapper_writing_its_classs_instance_through_its_lexical_this_writes_the_instance():
    """fresh22a-mw-instances: the handler calling `res.json` runs the wrapper the bound middleware put there,
    which writes the cache's `#store` through its lexical `this`: the handler writes the module's `cache`."""
    from .helpers import graph
    assert not any("json" in group["variables"] for group in graph(CLASS_WRAPPER)["groups"])
    assert same_group(CLASS_WRAPPER, 6, 8)
