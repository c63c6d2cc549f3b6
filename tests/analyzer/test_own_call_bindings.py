"""A function-local variable that each run of its function reads in its own body reads the binding
of that very call, wherever the function runs (directly, or as a continuation a library or a timer
calls): it travels with the messages (`stream`) unless a message of another call could see it.
Making it `share` kept per-call callbacks in a unit's state (a control-flow library's `next`, which
cannot travel). And a module's own `exports.x`, written then used (`exports.router.get(...)`, as
tsc compiles `export const router = Router()`), is what it was given."""
from .helpers import kind_of, routes

HELPER_AND_TASK = """
var fs = require('fs');
var async = require('async');
var app = require('express')();
var catalog = null;
function load(cb) {
  if (catalog) return process.nextTick(cb, null, catalog);
  fs.readFile('catalog.json', 'utf8', function (err, text) {
    catalog = JSON.parse(text);
    cb(null, catalog);
  });
}
app.get('/books', function (req, res) { load(function (err, c) { res.json(c); }); });
app.get('/report', function (req, res) {
  async.parallel({ books: load }, function (err, all) { res.json(all); });
});
"""

RECURSIVE_TIMER = """
var app = require('express')();
app.get('/count', function (req, res) {
  var seen = [];
  function step(k) {
    if (k === 0) return res.json(seen);
    seen.push(k);
    setTimeout(function next() { step(k - 1); }, 1);
  }
  step(3);
});
"""

# the binding is read by a closure a later call runs: state across calls, kept `share`
CLOSURE_FROM_AN_EARLIER_CALL = """
var app = require('express')();
var last = null;
function remember(x) {
  if (last) last();
  last = function () { setTimeout(function () { console.log(x); }, 1); };
  setTimeout(function () { x = x + 1; }, 1);
}
app.get('/r/:x', function (req, res) { remember(req.params.x); res.end(); });
"""


def test_a_callback_parameter_of_a_helper_that_is_also_a_task_travels_with_its_call():
    assert kind_of(HELPER_AND_TASK, "cb", "load") == "stream"


def test_the_parameter_of_a_function_a_timer_calls_again_travels_with_each_call():
    assert kind_of(RECURSIVE_TIMER, "k", "step") == "stream"


def test_a_binding_a_closure_writes_from_another_message_stays_shared():
    assert kind_of(CLOSURE_FROM_AN_EARLIER_CALL, "x") == "share"


TSC_ROUTES = {
    "app.js": """
        const express = require("express");
        const app = express();
        app.use("/items", require("./routes").router);
        module.exports = app;
    """,
    "routes.js": """
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.router = void 0;
        const express_1 = require("express");
        exports.router = (0, express_1.Router)();
        exports.router.get("/", (req, res) => res.json([]));
        module.exports.router.post("/:id", (req, res) => res.json(req.params));
    """,
}


def test_routes_on_a_router_a_module_keeps_in_its_own_exports():
    assert {(method, path) for method, path, _ in routes(TSC_ROUTES)} >= {("GET", "/items"), ("POST", "/items/:id")}
