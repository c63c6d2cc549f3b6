"""A parameter made a cell (handlers change `config`) that a closure made by a later parameter's default reads
(`createApp({ config = defaults, clock = () => config.now } = {})`, the clock handed to a router factory): the
closure is made before the body turns `config` into its cell and runs after it, or on another node with the
cell in its environment, so it reads through `__rt.cellValue` (it read the cell's own `now`: every `createdAt`
was missing, fresh25b-esm-crud-registry)."""
from tests.executor.runtime_harness import LocalService

APP = """
const express = require('express');
const defaults = { now: '2026-07-01T12:00:00.000Z', hits: 0 };
function routes({ clock, config }) {
  const router = express.Router();
  router.post('/hit', (req, res) => { config.hits += 1; res.json({ hits: config.hits, at: clock() }); });
  return router;
}
function createApp({ config = defaults, clock = () => config.now, label = `${config.now.slice(0, 4)}` } = {}) {
  const app = express();
  app.use(routes({ clock, config }));
  app.get('/now', (req, res) => res.json({ at: clock(), hits: config.hits, label }));
  return app;
}
module.exports = createApp();
"""


def test_a_default_parameters_closure_reads_the_cell_of_an_earlier_parameter():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        for hits in (1, 2, 3):
            assert svc.request("POST", "/hit").json() == {"hits": hits, "at": "2026-07-01T12:00:00.000Z"}
        assert svc.request("GET", "/now").json() == {"at": "2026-07-01T12:00:00.000Z", "hits": 3, "label": "2026"}
        assert svc.request("GET", "/now").json()["at"] == "2026-07-01T12:00:00.000Z"
