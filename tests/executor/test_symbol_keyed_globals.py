"""A global variable under a registered symbol (`globalThis[Symbol.for('app.plugins')] ??= {}`, the
key required from another module) is kept as the global "Symbol.for(app.plugins)": main's snapshot
holds its value and the unit keeping it reads and writes it on each node's global object under
`Symbol.for('app.plugins')` (runtime/core.js, `globalKey`). Before, the analysis saw no variable and
each node used its own registry, whose objects the WeakMap of private data (state, from main) did
not know: `privates.get(this)` was undefined and every request failed (fresh18-symbol-registry).
"""
import httpx
import pytest

from executor import api
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {
    "registry.js": b"""
const REGISTRY = Symbol.for('app.plugins');
const privates = new WeakMap();
globalThis[REGISTRY] ??= {};
function register(name) {
  const registry = globalThis[REGISTRY];
  if (!registry[name]) { registry[name] = { name }; privates.set(registry[name], { calls: 0 }); }
  return registry[name];
}
function run(name) { return ++privates.get(globalThis[REGISTRY][name]).calls; }
module.exports = { register, run, REGISTRY };
""",
    "app.js": b"""
const express = require('express');
const { register, run, REGISTRY } = require('./registry');
const app = express();
register('markdown');
app.post('/p/:name', (req, res) => res.json(register(req.params.name)));
app.post('/run/:name', (req, res) => res.json({ calls: run(req.params.name) }));
app.get('/p', (req, res) => res.json(Object.keys(globalThis[REGISTRY])));
module.exports = app;
""",
}


def test_a_symbol_keyed_global_registry_follows_its_unit_across_nodes():
    with LiquefyStack(nodes=["sy1", "sy2"]) as stack:
        stack.deploy("symglobal", SERVICE)
        units = [u for u, info in api.placement("symglobal").items() if info["stateful"]]
        assert units
        steps = [("post", "/run/markdown"), ("post", "/p/emoji"), ("post", "/run/emoji"), ("post", "/run/markdown"),
                 ("get", "/p")]
        got = []
        for i, (method, path) in enumerate(steps):
            for unit in units:
                api.place("symglobal", unit, ["sy1", "sy2"][i % 2], timeout=20)
            r = httpx.request(method.upper(), stack.url("symglobal", path))
            got.append((r.status_code, r.json() if r.status_code == 200 else r.text[:80]))
        assert got == [(200, {"calls": 1}), (200, {"name": "emoji"}), (200, {"calls": 1}), (200, {"calls": 2}),
                       (200, ["markdown", "emoji"])]
