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
