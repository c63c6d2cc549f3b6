"""A controller whose constructor wraps its own methods (`this[name] = asyncHandler(this[name].bind(this))`),
mounted as `controller.add`: the analysis names the method, Express gets the wrapper's arrow, a closure of the
service that is no fluxion. It ran where Express called it, in the request's message, and called the method on
main's copy of the controller: on two nodes each request saw its own empty store. The wrapper now runs in the
unit of the stateful fluxion it holds (core.js, closureFluxion)."""
import pytest

from tests.executor.runtime_harness import LocalService

CONTROLLER = """const express = require('express');
const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);
class Repo { #m = new Map(); add(k) { this.#m.set(k, 1); return this.#m.size; } has(k) { return this.#m.has(k); } }
class Service { constructor(repo) { this.repo = repo; } add(k) { return this.repo.add(k); } has(k) { return this.repo.has(k); } }
class Controller {
  constructor(service) {
    this.service = service;
    BINDING
  }
  async add(req, res) { res.status(201).json({ size: this.service.add(req.params.k) }); }
  async has(req, res) { res.json({ has: this.service.has(req.params.k) }); }
}
const controller = new Controller(new Service(new Repo()));
const app = express();
app.post('/add/:k', controller.add);
app.get('/has/:k', controller.has);
module.exports = app;
"""
BINDINGS = {
    "loop": "for (const name of ['add', 'has']) this[name] = asyncHandler(this[name].bind(this));",
    "one by one": "this.add = asyncHandler(this.add.bind(this)); this.has = asyncHandler(this.has.bind(this));",
}


CONSTRUCTOR_ARROWS = """const express = require('express');
const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);
class Repo { #m = new Map(); add(k) { this.#m.set(k, 1); return this.#m.size; } has(k) { return this.#m.has(k); } }
class Controller {
  constructor(repo) {
    this.repo = repo;
    this.add = asyncHandler(async (req, res) => { res.status(201).json({ size: this.repo.add(req.params.k) }); });
    this.has = async (req, res) => { res.json({ has: this.repo.has(req.params.k) }); };
  }
}
const controller = new Controller(new Repo());
const app = express();
app.post('/add/:k', controller.add);
app.get('/has/:k', controller.has);
module.exports = app;
"""
FIELDS = """const express = require('express');
const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);
class Repo { #m = new Map(); add(k) { this.#m.set(k, 1); return this.#m.size; } has(k) { return this.#m.has(k); } }
class Controller {
  #repo;
  constructor(repo) { this.#repo = repo; }
  add = asyncHandler(async (req, res) => { res.status(201).json({ size: this.#repo.add(req.params.k) }); });
  has = asyncHandler(async (req, res) => { res.json({ has: this.#repo.has(req.params.k) }); });
}
const controller = new Controller(new Repo());
const app = express();
app.post('/add/:k', controller.add);
app.get('/has/:k', controller.has);
module.exports = app;
"""


@pytest.mark.parametrize("binding", BINDINGS.values(), ids=BINDINGS.keys())
def test_requests_see_the_writes_of_earlier_ones(binding):
    assert_answers(CONTROLLER.replace("BINDING", binding))


def test_so_with_class_fields_wrapping_arrows():
    assert_answers(FIELDS)


def test_so_with_arrows_a_constructor_makes():
    assert_answers(CONSTRUCTOR_ARROWS)


def assert_answers(code):
    with LocalService({"app.js": code}, nodes=2) as svc:
        assert [svc.request("POST", f"/add/{k}").json()["size"] for k in "abc"] == [1, 2, 3]
        assert [svc.request("GET", f"/has/{k}").json()["has"] for k in "abcd"] == [True, True, True, False]
