"""A class method given as a handler stays in place (it is not a fluxion of its own).
One of a top-level class is tagged with its fluxion, so that it runs in its unit (the
differential service class-bound-methods runs them); one that keeps state in a class
the runtime cannot name (a class expression) is refused at deployment rather than
answering differently."""
import pytest

from executor.api import DeployError
from executor.deploy import build

HEAD = b"const express = require('express');\nconst app = express();\n"


def service(body):
    return {"app.js": HEAD + body + b"\nmodule.exports = app;\n"}


STATEFUL = service(b"""const Meter = class {
  constructor() { this.count = 0; }
  hit(req, res) { this.count += 1; res.json(this.count); }
};
const meter = new Meter();
app.post('/hit', meter.hit.bind(meter));
""")


def test_a_stateful_method_of_a_class_expression_given_as_a_handler_is_refused_with_its_line():
    with pytest.raises(DeployError) as refused:
        build("meter", STATEFUL)
    assert (refused.value.file, refused.value.line) == ("app.js", 5) and "method hit keeps state" in refused.value.message


def test_a_stateful_method_of_a_top_level_class_is_tagged_with_its_fluxion():
    _, bundle, _ = build("meter", service(b"""class Meter {
  constructor() { this.count = 0; }
  hit(req, res) { this.count += 1; res.json(this.count); }
}
const meter = new Meter();
app.post('/hit', meter.hit.bind(meter));
"""))
    code = bundle["modules"][0]["code"]
    fid = next(f for f, info in bundle["config"]["fluxions"].items() if info["line"] == 5)
    assert f'__rt.methodFluxion(Meter,"hit",false,"{fid}")' in code


def test_a_handler_calling_the_method_deploys():
    build("meter", service(b"""class Meter {
  constructor() { this.count = 0; }
  hit(req, res) { this.count += 1; res.json(this.count); }
}
const meter = new Meter();
app.post('/hit', (req, res) => meter.hit(req, res));
"""))


def test_a_stateless_method_given_as_a_handler_deploys():
    build("pages", service(b"""class Pages {
  home(req, res) { res.send('home'); }
}
const pages = new Pages();
app.get('/', pages.home);
"""))


PRIVATE_BOUND = """const express = require('express');
class BooksController {
  #books = new Map();
  #seq = 0;
  constructor() {
    this.router = express.Router();
    this.router.post('/:title', (req, res) => this.#create(req, res));
    this.router.delete('/:id', this.#remove.bind(this));
    this.router.get('/', (req, res) => res.json([...this.#books.values()]));
  }
  #create(req, res) { const b = { id: ++this.#seq, title: req.params.title }; this.#books.set(b.id, b); res.status(201).json(b); }
  #remove(req, res) { res.json({ removed: this.#books.delete(Number(req.params.id)) }); }
}
const books = new BooksController();
const app = express();
app.use('/books', books.router);
module.exports = app;
"""


def test_a_private_method_bound_in_a_constructor_is_a_handler_of_its_instance():
    """`this.router.delete('/:id', this.#remove.bind(this))`: the bound private method was a stateless fluxion
    (the analysis did not resolve `this.#remove` in the bind), deleting from main's copy; found, it was refused at
    deployment (a method keeping state); it now runs in its unit as a public one does (compiler.py,
    plan_method_fluxions; state.py visit_bind)."""
    from tests.executor.runtime_harness import LocalService
    with LocalService({"app.js": PRIVATE_BOUND}, nodes=2) as svc:
        assert [svc.request("POST", f"/books/{t}").status for t in "ab"] == [201, 201]
        assert [svc.request("DELETE", "/books/1").json()["removed"] for _ in range(2)] == [True, False]
        assert [b["title"] for b in svc.request("GET", "/books").json()] == ["b"]
