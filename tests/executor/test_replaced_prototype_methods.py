"""A class's method that main's code replaces by assignment (`Svc.prototype.lookup = memoize(Svc.prototype.lookup)`,
a helper wrapping `C.prototype[name]` in a loop) stays non-enumerable, so main's snapshot did not carry it
(core.js `prototypeFields` takes the enumerable fields) and a node loading the class ran the original: no memo hits,
no call counts there (fresh27b-instrumented). The replacement, a function made at run time, now travels with the class."""
import pytest

from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\n"
END = "\nmodule.exports = app;\n"


def test_a_method_memoized_at_the_top_level_keeps_its_cache_on_every_node():
    with LocalService({"app.js": HEAD + """
function memoize(fn) {
  const cache = new Map();
  const m = function (k) { if (cache.has(k)) { m.hits++; return cache.get(k); } const v = fn.call(this, k); cache.set(k, v); return v; };
  m.hits = 0;
  return m;
}
class Svc { lookup(k) { return k.toUpperCase(); } }
Svc.prototype.lookup = memoize(Svc.prototype.lookup);
const svc = new Svc();
app.get('/x/:k', (req, res) => res.json({ v: svc.lookup(req.params.k), hits: Svc.prototype.lookup.hits }));
""" + END}, nodes=2) as svc:
        assert [svc.request("GET", "/x/" + k).json()["hits"] for k in "aaba"] == [0, 1, 1, 2]


@pytest.mark.parametrize("key", ["[name]", ".add"])
def test_methods_a_helper_wraps_count_on_every_node(key):
    with LocalService({"app.js": HEAD + """
class Inv { add() { return 1; } }
const stats = { calls: 0 };
function instrument(C, s) {
  for (const name of ['add']) {
    const orig = C.prototype[name];
    C.prototypeKEY = function (...a) { s.calls++; return orig.apply(this, a); };
  }
}
instrument(Inv, stats);
const inv = new Inv();
app.get('/x', (req, res) => { inv.add(); res.json(stats); });
""".replace("KEY", key) + END}, nodes=2) as svc:
        assert [svc.request("GET", "/x").json()["calls"] for _ in range(3)] == [1, 2, 3]
