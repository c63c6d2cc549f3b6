"""Handlers main made whose `this` is an object a unit's variable holds, not the variable's value
itself (fresh22a): a controller a DI container keeps in a private Map of singletons (a class
field's arrow, mounted as `tasks.add`), and a cache's method bound in its constructor
(`this.middleware = this.middleware.bind(this)`) on an object a module variable holds. Run on
another isolate than main's, each must change the unit's own object, not the copy of main's it
was made with, or the next request does not see the change."""
from tests.executor.runtime_harness import LocalService

CONTAINER = {
    "app.js": """
const express = require('express');
const container = require('./container');
const app = express();
app.use(express.json());
const { Router } = require('express');
function buildRoutes(c) {
  const router = Router();
  const tasks = c.resolve('tasks');
  router.post('/tasks', tasks.add);
  router.get('/tasks', tasks.list);
  return router;
}
app.use(buildRoutes(container));
module.exports = app;
""",
    "container.js": """
class Container {
  #factories = new Map();
  #singletons = new Map();
  register(name, factory) { this.#factories.set(name, factory); return this; }
  resolve(name) {
    if (this.#singletons.has(name)) return this.#singletons.get(name);
    const made = this.#factories.get(name)(this);
    this.#singletons.set(name, made);
    return made;
  }
}
class Tasks {
  served = 0;
  rows = [];
  add = (req, res) => { this.served++; this.rows.push(req.body.title); res.status(201).json(this.rows.length); };
  list = (req, res) => { this.served++; res.json({ rows: this.rows, served: this.served }); };
}
const container = new Container();
container.register('tasks', () => new Tasks());
module.exports = container;
""",
}

JSON = {"content-type": "application/json"}


def test_a_controller_kept_in_a_containers_private_map_is_the_units_own():
    with LocalService(CONTAINER, nodes=2) as svc:
        assert svc.request("POST", "/tasks", JSON, b'{"title":"a"}').json() == 1
        assert svc.request("POST", "/tasks", JSON, b'{"title":"b"}').json() == 2
        assert svc.request("GET", "/tasks").json() == {"rows": ["a", "b"], "served": 3}


CACHE = {
    "app.js": """
const express = require('express');
class Counter {
  hits = 0;
  seen = 0;
  constructor() { this.middleware = this.middleware.bind(this); }
  middleware(req, res, next) { this.hits += 1; next(); }
}
const counter = new Counter();
const app = express();
app.use((req, res, next) => { counter.seen += 1; next(); });  // the unit's message runs the chain on
app.use(counter.middleware);
app.get('/hits', (req, res) => res.json([counter.seen, counter.hits]));
module.exports = app;
""",
}


def test_a_method_bound_in_main_to_a_units_object_changes_the_units_copy():
    with LocalService(CACHE, nodes=2) as svc:
        answers = [svc.request("GET", "/hits").json() for _ in range(4)]
        assert answers == [[1, 1], [2, 2], [3, 3], [4, 4]]



def test_a_router_main_made_keeps_its_handlers_after_the_units_first_state_is_decoded():
    # fresh22a-esm-feature-modules in one isolate, main's own, where the unit's first state (encoded
    # with main's snapshot) is decoded too: main's routers there must keep their handlers (a
    # constructor-bound `controller.open`), not take that state's copies, which later states replace
    from pathlib import Path
    from tests.support.stack import service_files
    folder = Path(__file__).resolve().parents[1] / "services" / "fresh22a-esm-feature-modules"
    with LocalService(service_files(folder), nodes=1) as svc:
        assert svc.request("GET", "/accounts").status == 200
        assert svc.request("POST", "/accounts", JSON, b'{"id":"carol"}').status == 201
        assert svc.request("POST", "/accounts", JSON, b'{"id":"carol"}').status == 409
        assert svc.request("GET", "/accounts/carol").json()["id"] == "carol"
