"""Functions that replace themselves on their first call, as the helpers Babel and tsc inline do
(`function _regenerator() { ...; return (_regenerator = function () { return { w, m }; })(); }`),
and locals whose objects an enclosing function changes through a module variable."""
from .helpers import graph, kind_of, routes, same_group, stateful

# The shape of Babel's inlined `_regenerator`: the first call makes the closures, then replaces
# the helper by a function returning them. `count` is `step`, made by main's run, whose `box`
# is state every request changes.
CALLED_AT_ONCE = """
    const express = require('express');
    const app = express();
    let last;
    function runtime() {
      function make(fn) {
        return (function () {
          var box = { calls: 0 };
          return function step() { last = box; box.calls++; return fn(box); };
        })();
      }
      last = {};
      last.ready = true;
      return (runtime = function () { return { m: make }; })();
    }
    const count = runtime().m((box) => box.calls);
    app.get('/count', (req, res) => res.json({ calls: count(), ready: last.ready }));
    module.exports = app;
"""

# The same helper replacing itself in a statement, then calling itself by name (that call is the
# replacement's); and an enclosing function (`runtime`) changing `box`'s object through `last`
# must not fail the analysis of the local `box` of a function inside it.
CALLED_BY_NAME = CALLED_AT_ONCE.replace(
    "return (runtime = function () { return { m: make }; })();",
    "runtime = function () { return { m: make }; };\n      return runtime();")


def test_a_helper_replacing_itself_still_returns_what_its_first_run_makes():
    assert stateful(CALLED_AT_ONCE, 16)
    assert kind_of(CALLED_AT_ONCE, "box") == "share"
    assert same_group(CALLED_AT_ONCE, 16)


def test_a_write_by_an_enclosing_function_does_not_fail_the_analysis():
    graph(CALLED_BY_NAME)
    assert routes(CALLED_BY_NAME) == {("GET", "/count", 17)}


def test_a_helper_replacing_itself_then_calling_itself_by_name_too():
    assert stateful(CALLED_BY_NAME, 17) and kind_of(CALLED_BY_NAME, "box") == "share"


# Babel's `_typeof` replaces itself by one of two functions and calls itself by name: not a single
# replacement, so its value stays unknown, as before.
TYPEOF = """
    const express = require('express');
    const app = express();
    function _typeof(o) {
      return _typeof = typeof Symbol === "function" ? function (o) { return typeof o; } : function (o) { return "object"; }, _typeof(o);
    }
    app.get('/t', (req, res) => res.json({ t: _typeof(req.query) }));
    module.exports = app;
"""


def test_a_helper_replacing_itself_by_either_of_two_functions_is_no_lazy_helper():
    assert routes(TYPEOF) == {("GET", "/t", 6)} and not stateful(TYPEOF, 6)
