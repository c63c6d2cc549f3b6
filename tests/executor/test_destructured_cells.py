"""A factory's variable made by a destructuring declaration (`const { picking } = services` in a router
factory) that its handlers write is a cell like one `const picking = services.picking` makes: the pattern
binds a name of its own and a declarator added after it makes the cell. Without one, each isolate changed
its own copy of main's object (fresh25b-warehouse-bootstrap: a picking list planned on one node was
unknown on the other). An assignment pattern's shorthand (`({ picking } = services)`) keeps its key when its
target becomes the cell's `picking.v` (the isolate failed to load: "Unexpected token '.'")."""
import pytest

from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\n"


def service(factory):
    code = HEAD + factory + """
app.use(routes({ picking: { seq: 0, lists: [] } }, [{ n: 0 }]));
module.exports = app;
"""
    return LocalService({"app.js": code}, nodes=2)


HANDLERS = """
  const router = express.Router();
  router.post('/plan', (req, res) => { picking.seq += 1; picking.lists.push(picking.seq); res.json(picking.seq); });
  router.get('/lists', (req, res) => res.json(picking.lists));
  router.post('/tick', (req, res) => { counter.n += 1; res.json(counter.n); });
  return router;
}
"""

FACTORIES = {
    "object pattern": "function routes(services, counters) {\n  const { picking } = services;\n"
                      "  const [counter] = counters;\n" + HANDLERS,
    "renamed, defaulted and rest": "function routes(services, counters) {\n"
                                   "  const { picking: picking = {}, ...others } = services;\n"
                                   "  let [, ...[counter]] = [null, ...counters];\n" + HANDLERS,
    "nested with a default": "function routes(services, counters) {\n"
                             "  const { all: { picking } = {} } = { all: services };\n"
                             "  var [{ counter } = {}] = [{ counter: counters[0] }];\n" + HANDLERS,
    "assignment pattern": "function routes(services, counters) {\n  let picking, counter;\n"
                          "  ({ picking } = services);\n  [counter] = counters;\n" + HANDLERS,
}


@pytest.mark.parametrize("factory", FACTORIES.values(), ids=FACTORIES.keys())
def test_handlers_on_two_isolates_write_one_destructured_variable(factory):
    with service(factory) as svc:
        assert [svc.request("POST", "/plan").json() for _ in range(3)] == [1, 2, 3]
        assert svc.request("GET", "/lists").json() == [1, 2, 3]
        assert svc.request("GET", "/lists").json() == [1, 2, 3]
        assert [svc.request("POST", "/tick").json() for _ in range(3)] == [1, 2, 3]
