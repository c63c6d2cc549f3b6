"""A controller's methods bound by a helper that mounts them (`router[method](path, controller[action].bind(controller))`)
run in the unit of the instance's state, on two nodes: each request wrote main's copy of `notes` and lost it
(fresh27f-async-controllers answered [] after two creates). tests/analyzer/test_helper_bound_methods.py."""
import pytest

from tests.executor.runtime_harness import LocalService

APP = """const express = require('express');
class NotesController {
  constructor() { this.notes = []; }
  create(req, res) { this.notes.push(req.query.t); res.json(this.notes.length); }
  list(req, res) { res.json(this.notes); }
}
function mount(router, controller, routes) {
  for (const [method, path, action] of routes) {
    const fn = controller[action];
    REGISTER;
  }
}
const app = express();
const notes = new NotesController();
mount(app, notes, [['post', '/notes', 'create'], ['get', '/notes', 'list']]);
"""


@pytest.mark.parametrize("register", [
    "router[method](path, fn.bind(controller))",
    "if (method === 'post') router.post(path, fn.bind(controller)); else router.get(path, fn.bind(controller))",
])
def test_bound_methods_keep_what_they_write(register):
    with LocalService({"app.js": APP.replace("REGISTER", register)}, nodes=2) as svc:
        counts = [svc.request("POST", f"/notes?t={t}").json() for t in "abc"]
        assert counts == [1, 2, 3]
        assert svc.request("GET", "/notes").json() == ["a", "b", "c"]
