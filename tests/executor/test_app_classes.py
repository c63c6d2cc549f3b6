"""An Express app wrapped in a class, as TypeScript tutorials and their compiled output write it: `class App {
constructor() { this.app = express(); this.controller = new TodoController(...); this.routes(); } routes() {
this.app.post('/todos', this.controller.create); } }`, `module.exports = new App().app`. The handlers (class field
arrows of the controller) were stateless fluxions carrying main's controller: on two nodes each request saw an empty
list. The analysis now takes a handler handed as a member of a field of `this` (`this.controller.create`) for a
writer of the instances the App class's holders keep (state.py, instance_holders), and the runtime names the
controller by its place inside the App instance, though analyzer/held.py gave it a variable of its own (core.js,
unitsVariable)."""
import pytest

from tests.executor.runtime_harness import LocalService

SERVICE = """const express = require('express');
class TodoService {
  #todos = [];
  add(title) { const t = { id: this.#todos.length + 1, title }; this.#todos.push(t); return t; }
  list() { return this.#todos; }
}
class TodoController {
  constructor(service) { this.service = service; }
  create = (req, res) => res.status(201).json(this.service.add(req.params.title));
  list = (req, res) => res.json(this.service.list());
}
class App {
  constructor() {
    this.app = express();
    this.controller = new TodoController(new TodoService());
    this.routes();
  }
  routes() {
    this.app.post('/todos/:title', this.controller.create);
    this.app.get('/todos', this.controller.list);
  }
}
module.exports = new App().app;
"""

CONTROLLERS = """const express = require('express');
class TodosController {
  path = '/todos';
  router = express.Router();
  #todos = [];
  constructor() { this.initializeRoutes(); }
  initializeRoutes() {
    this.router.post(`${this.path}/:title`, this.create);
    this.router.get(this.path, this.list);
  }
  create = (req, res) => {
    const t = { id: this.#todos.length + 1, title: req.params.title };
    this.#todos.push(t);
    res.status(201).json(t);
  };
  list = (req, res) => res.json(this.#todos);
}
class App {
  constructor(controllers) {
    this.app = express();
    this.app.use(express.json());
    controllers.forEach((controller) => this.app.use('/', controller.router));
  }
}
module.exports = new App([new TodosController()]).app;
"""


@pytest.mark.parametrize("code", [SERVICE, CONTROLLERS], ids=["fields of this", "controllers given to the app"])
def test_requests_see_the_todos_earlier_ones_added(code):
    with LocalService({"app.js": code}, nodes=2) as svc:
        assert [svc.request("POST", f"/todos/{t}").json()["id"] for t in "abc"] == [1, 2, 3]
        assert [t["title"] for t in svc.request("GET", "/todos").json()] == ["a", "b", "c"]
        assert [t["title"] for t in svc.request("GET", "/todos").json()] == ["a", "b", "c"]
