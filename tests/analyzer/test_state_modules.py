"""State reached through a module's exports from several modules, and through
private accessors: every binding to the same exported object is written together."""
from .helpers import same_group, stateful

SINGLETON = {
    "app.js": """
        const express = require('express');
        const db = require('./db');
        const repo = require('./repo');
        const app = express();
        app.post('/rows/:x', (req, res) => { repo.add(req.params.x); res.end(); });
        app.get('/rows', (req, res) => res.json({ rows: db.count() }));
        app.get('/ping', (req, res) => res.send('pong'));
    """,
    "db.js": """
        class Db {
          #rows = [];
          insert(x) { this.#rows.push(x); }
          count() { return this.#rows.length; }
        }
        module.exports = new Db();
    """,
    "repo.js": """
        const db = require('./db');
        module.exports = { add: (x) => db.insert(x) };
    """,
}


def test_an_exported_instance_written_through_one_module_is_read_state_in_another():
    assert stateful(SINGLETON, 5) and same_group(SINGLETON, 5, 6)
    assert not stateful(SINGLETON, 7)


PRIVATE_GETTER = {
    "app.js": """
        const express = require('express');
        const { repo } = require('./repo');
        const app = express();
        app.post('/orders', (req, res) => res.json(repo.create(req.body)));
        app.get('/orders/:id', (req, res) => res.json(repo.find(req.params.id)));
    """,
    "db.js": """
        class Db {
          #tables = new Map();
          table(name) {
            if (!this.#tables.has(name)) this.#tables.set(name, new Map());
            return this.#tables.get(name);
          }
        }
        module.exports = new Db();
    """,
    "repo.js": """
        const db = require('./db');
        class Repo {
          get #orders() { return db.table('orders'); }
          create(o) { this.#orders.set(o.id, o); return o; }
          find(id) { return this.#orders.get(id) ?? null; }
        }
        module.exports = { repo: new Repo() };
    """,
}


def test_a_private_getter_is_followed_like_a_public_one():
    assert stateful(PRIVATE_GETTER, 5) and same_group(PRIVATE_GETTER, 4, 5)


HELD_IN_A_FIELD = """
    const express = require('express');
    const app = express();
    class Repo {
      rows = [];
      add(x) { this.rows.push(x); }
      count() { return this.rows.length; }
    }
    const repo = new Repo();
    class Service {
      constructor(store) { this.store = store; }
      place(x) { this.store.add(x); }
    }
    const service = new Service(repo);
    app.post('/rows/:x', (req, res) => { service.place(req.params.x); res.end(); });
    app.get('/rows', (req, res) => res.json(repo.count()));
"""


def test_a_method_changing_an_object_held_in_a_field_writes_that_object():
    assert same_group(HELD_IN_A_FIELD, 14, 15)


CARRIED_BY_THE_REQUEST = """
    const express = require('express');
    const app = express();
    class Item { constructor() { this.n = 0; } bump() { this.n += 1; return this.n; } }
    const items = new Map([['a', new Item()]]);
    const load = (req, res, next) => { req.item = items.get(req.params.id); next(); };
    app.post('/bump/:id', load, (req, res) => res.json({ n: req.item.bump() }));
    app.get('/n/:id', (req, res) => res.json({ n: items.get(req.params.id).n }));
    app.get('/ping', (req, res) => res.json({ path: req.path }));
"""


def test_state_a_middleware_hands_on_in_the_request_is_written_by_the_next_handler():
    assert stateful(CARRIED_BY_THE_REQUEST, 6) and same_group(CARRIED_BY_THE_REQUEST, 6, 7)
    assert not stateful(CARRIED_BY_THE_REQUEST, 8)


OWN_EXPORTS = {
    "app.js": """
        const express = require('express');
        const ledger = require('./ledger');
        const accounts = require('./accounts');
        const app = express();
        app.post('/transfers', (req, res) => { ledger.transfer(); res.json({ n: ledger.transfers }); });
        app.post('/accounts/:name', (req, res) => res.json(accounts.open(req.params.name)));
        app.get('/accounts', (req, res) => res.json(accounts.byName));
        app.get('/ping', (req, res) => res.send('pong'));
    """,
    "ledger.js": """
        function transfer() { module.exports.transfers += 1; }
        module.exports = { transfer, transfers: 0 };
    """,
    "accounts.js": """
        exports.byName = {};
        exports.open = (name) => { exports.byName[name] = { name }; return exports.byName[name]; };
    """,
}


def test_a_module_writing_its_own_exports_writes_the_variables_bound_to_them():
    """`module.exports.transfers += 1` and `exports.byName[name] = ...` in the module's own
    functions write what `require` gave app.js (fresh6-circular-modules)."""
    assert stateful(OWN_EXPORTS, 5) and stateful(OWN_EXPORTS, 6)
    assert same_group(OWN_EXPORTS, 6, 7)
    assert not stateful(OWN_EXPORTS, 8)


WRAPPED_JSON = """
    const express = require('express');
    const app = express();
    function remember() {
      const store = new Map();
      const mw = (req, res, next) => {
        const key = req.get('idempotency-key');
        if (store.has(key)) return res.json(store.get(key));
        const json = res.json.bind(res);
        res.json = (body) => { store.set(key, body); return json(body); };
        next();
      };
      mw.store = store;
      return mw;
    }
    const keys = remember();
    app.post('/pay', keys, (req, res) => res.status(201).json({ ok: true }));
    app.use((err, req, res, next) => res.status(500).json({ error: err.message }));
"""


def test_a_function_a_middleware_puts_on_res_runs_in_the_handlers_that_call_it():
    """fresh9-idempotent-payments: `res.json = (body) => { store.set(key, body); ... }`: the
    handler's `res.status(201).json(...)` (and the error handler's) runs it, writing `store`."""
    assert same_group(WRAPPED_JSON, 5, 16, 17)
