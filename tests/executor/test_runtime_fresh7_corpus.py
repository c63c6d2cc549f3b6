"""Runtime bugs the seventh differential corpus (tests/services/fresh7-*) found, each
on a LocalService (two isolates: every message may run in another isolate than the
one before)."""
from tests.executor.runtime_harness import LocalService


def test_a_class_a_module_exports_without_a_variable_travels_as_that_export():
    """fresh7-src-layout: `module.exports = class NotFoundError extends Error {...}` (and
    `exports.Conflict = class ...`, `module.exports = { Gone: class ... }`) in a module of
    its own, required by others. Main's
    snapshot holds the module's exports, and state may hold instances: the class travels
    as the class that module's load made, so `instanceof` still holds where it arrives."""
    files = {
        "app.js": """const express = require('express');
const NotFound = require('./errors/not-found');
const { Conflict } = require('./errors/conflict');
const repo = require('./repo');
const { Gone } = require('./errors/gone');
const gone = [new Gone('a')];
const app = express();
app.post('/gone/:id', (req, res) => {
  gone.push(new Gone(req.params.id));
  res.json(gone.map((e) => [e.id, e instanceof Gone, e.status]));
});
app.post('/items/:id', (req, res) => {
  try {
    res.status(201).json(repo.add(req.params.id));
  } catch (e) {
    res.status(e.status).json({ error: e.message, conflict: e instanceof Conflict });
  }
});
app.get('/items/:id', (req, res) => {
  try {
    res.json(repo.get(req.params.id));
  } catch (e) {
    res.status(e instanceof NotFound ? 404 : 500).json({ error: e.message, name: e.name });
  }
});
app.get('/failures', (req, res) => {
  res.json(repo.failures.map((e) => [e.message, e instanceof NotFound, e instanceof Error]));
});
module.exports = app;
""",
        "repo.js": """const NotFound = require('./errors/not-found');
const errors = require('./errors/conflict');
const items = new Map();
const failures = [];
exports.failures = failures;
exports.add = (id) => {
  if (items.has(id)) throw new errors.Conflict(`item ${id} exists`);
  items.set(id, { id, n: items.size + 1 });
  return items.get(id);
};
exports.get = (id) => {
  if (!items.has(id)) {
    const e = new NotFound(`item ${id}`);
    failures.push(e);
    throw e;
  }
  return items.get(id);
};
""",
        "errors/not-found.js": """module.exports = class NotFoundError extends Error {
  constructor(what) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
    this.status = 404;
  }
};
""",
        "errors/conflict.js": """exports.Conflict = class extends Error {
  status = 409;
};
""",
        "errors/gone.js": """module.exports = {
  Gone: class Gone { constructor(id) { this.id = id; this.status = 410; } },
};
""",
    }
    with LocalService(files) as svc:
        assert svc.request("POST", "/items/a").json() == {"id": "a", "n": 1}
        assert svc.request("POST", "/items/a").json() == {"error": "item a exists", "conflict": True}
        assert svc.request("GET", "/items/b").json() == {"error": "item b not found", "name": "NotFoundError"}
        assert svc.request("GET", "/items/c").status == 404
        assert svc.request("GET", "/items/a").json() == {"id": "a", "n": 1}
        assert svc.request("GET", "/failures").json() == [["item b not found", True, True],
                                                          ["item c not found", True, True]]
        assert svc.request("POST", "/gone/b").json() == [["a", True, 410], ["b", True, 410]]
        assert svc.request("POST", "/gone/c").json() == [["a", True, 410], ["b", True, 410], ["c", True, 410]]


def test_a_constructor_function_a_module_exports_keeps_its_instances_and_fields():
    """`module.exports = function Counter(name) {...}` with methods on its prototype and a
    field written on it: an instance kept in state keeps its prototype (`instanceof`, its
    methods), and the function its fields, wherever they arrive."""
    files = {
        "app.js": """const express = require('express');
const Counter = require('./counter');
const counters = [];
const app = express();
app.post('/counters/:name', (req, res) => {
  counters.push(new Counter(req.params.name));
  counters.forEach((c) => c.bump());
  res.json({ made: Counter.made, all: counters.map((c) => [c.describe(), c instanceof Counter]) });
});
module.exports = app;
""",
        "counter.js": """module.exports = function Counter(name) {
  this.name = name;
  this.n = 0;
  Counter.made = (Counter.made || 0) + 1;
};
module.exports.prototype.bump = function () { this.n += 1; };
module.exports.prototype.describe = function () { return `${this.name}:${this.n}`; };
""",
    }
    with LocalService(files) as svc:
        assert svc.request("POST", "/counters/a").json() == {"made": 1, "all": [["a:1", True]]}
        assert svc.request("POST", "/counters/b").json() == {"made": 2, "all": [["a:2", True], ["b:1", True]]}
        assert svc.request("POST", "/counters/c").json() == {
            "made": 3, "all": [["a:3", True], ["b:2", True], ["c:1", True]]}


def test_exports_of_methods_and_a_getter_still_come_from_mains_snapshot():
    """Only an exports object literal with a class in it is run again by each node's load:
    fresh2-cookie-prefs' `module.exports = { create() {...}, get active() { return
    sessions.size; } }` is left to main's snapshot (run on a node, its getter was read
    before `sessions` was restored, and the node failed to load)."""
    files = {
        "app.js": """const express = require('express');
const sessions = require('./sessions');
const app = express();
app.post('/sessions/:user', (req, res) => res.json({ id: sessions.create(req.params.user), active: sessions.active }));
module.exports = app;
""",
        "sessions.js": """const sessions = new Map();
let counter = 0;
module.exports = {
  create(user) { counter += 1; sessions.set(`s${counter}`, user); return `s${counter}`; },
  get active() { return sessions.size; },
};
""",
    }
    with LocalService(files) as svc:
        assert svc.request("POST", "/sessions/ann").json() == {"id": "s1", "active": 1}
        assert svc.request("POST", "/sessions/bob").json() == {"id": "s2", "active": 2}
