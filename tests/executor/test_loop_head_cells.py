"""A variable a `let`/`const` for-of (for-in) head declares in a factory, captured by the handlers the loop
registers (`for (const [name, repo] of Object.entries(resources)) router.post(...)`, CRUD routes for each
resource) and changed by them, is a cell of each iteration: the head binds a name of its own and the body's
first statement makes the cell. Without one (loop heads were never cells), each isolate added to its own copy
of main's repository: on two isolates the second POST answered 1 again and GET listed nothing."""
import pytest

from tests.executor.runtime_harness import LocalService

HEAD = """const express = require('express');
class Repo { items = []; add(x) { this.items.push(x); return this.items.length; } }
function crud(resources) {
  const router = express.Router();
"""
END = """  return router;
}
const app = express();
app.use(crud({ books: new Repo(), films: new Repo() }));
module.exports = app;
"""

LOOPS = {
    "array pattern": """  for (const [name, repo] of Object.entries(resources)) {
    router.post(`/${name}`, (req, res) => res.json(repo.add(req.query.v)));
    router.get(`/${name}`, (req, res) => res.json(repo.items));
  }
""",
    "object pattern, no block": """  for (let { name, repo } of Object.keys(resources).map((name) => ({ name, repo: resources[name] })))
    router.use(`/${name}`, express.Router().post('/', (req, res) => res.json(repo.add(req.query.v)))
      .get('/', (req, res) => res.json(repo.items)));
""",
    "for-in with a block": """  for (const name in resources) {
    router.post(`/${name}`, (req, res) => res.json(resources[name].add(req.query.v)));
    router.get(`/${name}`, (req, res) => res.json(resources[name].items));
  }
""",
}


@pytest.mark.parametrize("loop", LOOPS.values(), ids=LOOPS.keys())
def test_handlers_a_loop_registers_change_their_iterations_objects(loop):
    with LocalService({"app.js": HEAD + loop + END}, nodes=2) as svc:
        assert [svc.request("POST", "/books?v=" + v).json() for v in "abc"] == [1, 2, 3]
        assert svc.request("POST", "/films?v=x").json() == 1
        assert svc.request("GET", "/books").json() == ["a", "b", "c"]
        assert svc.request("GET", "/films").json() == ["x"]
