"""A binding a closure writes from another message stays shared; and a module's own `exports.x`,
written then used (`exports.router.get(...)`, as tsc compiles `export const router = Router()`), is
what it was given."""
from .helpers import kind_of, routes

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
