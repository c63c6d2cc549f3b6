"""A parameter of an arrow factory with an expression body (`const routes = (counter) => express.Router().post(...)`,
`export const makeController = ({ service }) => ({ list: ..., create: ... })`) that the handlers it makes change is a
cell like one of a factory with a block body (compiler.py, cell_edits_of: the body becomes `(counter=__rt.cell(...),
body)`). It was not (only a block body had a place for the cell's assignment): on two isolates each changed its own
copy of main's object."""
import pytest

from tests.executor.runtime_harness import LocalService

HEAD = """const express = require('express');
const makeCounter = () => ({ n: 0, bump() { this.n += 1; return this.n; } });
"""
FACTORIES = {
    "router chain": """const routes = (counter, { label } = { label: 'c' }) =>
  express.Router()
    .post('/bump', (req, res) => res.json({ [label]: counter.bump() }))
    .get('/n', (req, res) => res.json({ [label]: counter.n }));
const app = express();
app.use(routes(makeCounter()));
""",
    "object literal": """const makeController = ({ counter }) => ({
  bump: (req, res) => res.json({ c: counter.bump() }),
  n: (req, res) => res.json({ c: counter.n }),
});
const controller = makeController({ counter: makeCounter() });
const app = express();
app.post('/bump', controller.bump);
app.get('/n', controller.n);
""",
}


@pytest.mark.parametrize("code", FACTORIES.values(), ids=FACTORIES.keys())
def test_handlers_an_arrow_factory_makes_change_its_parameter(code):
    with LocalService({"app.js": HEAD + code + "module.exports = app;\n"}, nodes=2) as svc:
        assert [svc.request("POST", "/bump").json() for _ in range(3)] == [{"c": 1}, {"c": 2}, {"c": 3}]
        assert svc.request("GET", "/n").json() == {"c": 3}
        assert svc.request("GET", "/n").json() == {"c": 3}
