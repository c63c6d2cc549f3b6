"""Callbacks handed to a package run where the package calls them, in the caller's message:
the caller joins the callback's unit (bluebird's `.then` writing the service's state), and an
instance of a package's class that a package call made in main keeps (express-session's store)
is state of a unit of its own."""
from analyzer import analyze_files
from executor.deploy import compute_units

BLUEBIRD = """var express = require('express');
var P = require('bluebird');
var app = express();
var stock = { plum: 3 };
var lookup = P.promisify(function (name, cb) { cb(null, stock[name]); });

app.post('/buy/:name', function buy(req, res) {
  P.delay(10).then(function () { return lookup(req.params.name); }).then(function (have) {
    stock[req.params.name] = have - 1;
    res.json(stock);
  });
});
app.get('/stock', function list(req, res) { res.json(stock); });
app.get('/hello', function hello(req, res) { P.delay(1).then(function () { res.send('hi'); }); });
module.exports = app;
"""

SESSION = """var express = require('express');
var session = require('express-session');
var app = express();
var store = new session.MemoryStore();
var options = { secret: 's' };
app.use(session({ store: store, secret: options.secret }));
app.get('/', function home(req, res) { res.json(req.session); });
module.exports = app;
"""


def units_of(source):
    units, unit_of = compute_units(analyze_files({"app.js": source}))
    return units, unit_of


def test_a_fluxion_handing_a_state_writing_callback_to_a_package_joins_its_unit():
    units, unit_of = units_of(BLUEBIRD)
    stateful = unit_of["list"]
    # `lookup(name)` calls what P.promisify made: a possible write of `lookup` (state.py, made_by_package)
    assert units[stateful]["vars"] == [["app.js", "stock"], ["app.js", "lookup"]]
    assert unit_of["buy"] == stateful  # bluebird calls the writing callback inside buy's message
    assert units[unit_of["hello"]]["replicated"]  # no state in its callbacks: still replicated


def test_a_package_class_instance_handed_to_a_package_call_is_state_of_its_own_unit():
    analysis = analyze_files({"app.js": SESSION})
    units, unit_of = compute_units(analysis)
    held = [u for u, info in units.items() if ["app.js", "store"] in info["vars"]]
    assert held == ["pkg_store"] and units["pkg_store"] == {"fluxions": [], "vars": [["app.js", "store"]],
                                                            "replicated": False}
    assert not any(["app.js", "options"] in info["vars"] for info in units.values())  # a plain object is not
    assert any(d.kind == "package-held" and "pkg_store" in d.message for d, _ in analysis.report.items)


DEFAULT_STORE = """var express = require('express');
var session = require('express-session');
var cors = require('cors');
var app = express();
app.use(cors());
app.use(session({ secret: 's', resave: false, saveUninitialized: false }));
app.get('/', function home(req, res) { res.json(req.session); });
module.exports = app;
"""


def test_a_middleware_a_package_makes_in_main_gets_a_unit_of_its_own_named_in_its_call():
    """Its closure may keep state the analysis cannot see (session()'s own MemoryStore):
    the unit keeps it as a cell; the compiled call names the unit, for the runtime."""
    from executor.compiler import Compiler
    analysis = analyze_files({"app.js": DEFAULT_STORE})
    units, _ = compute_units(analysis)
    assert units["pkg_made_session"] == {"fluxions": [], "vars": [], "replicated": False, "cells": True}
    assert units["pkg_made_cors"]["cells"]  # whether it keeps any, only making it tells (runtime)
    assert any(d.kind == "package-made" and "pkg_made_session" in d.message for d, _ in analysis.report.items)
    code = Compiler(analysis).compile()[0].code
    assert '__rt.pcall(session,undefined,[{ secret: \'s\', resave: false, saveUninitialized: false }],"pkg_made_session")' in code


def test_a_middleware_made_with_a_held_instance_has_no_unit_of_its_own():
    units, _ = units_of(SESSION)
    assert not any(u.startswith("pkg_made") for u in units)


def test_a_middleware_a_package_made_into_a_module_variable_gets_its_unit_too():
    from executor.compiler import Compiler
    source = DEFAULT_STORE.replace("app.use(session(", "var sessions = session(").replace(
        "saveUninitialized: false }));", "saveUninitialized: false });\napp.use(sessions);")
    assert "app.use(sessions);" in source
    analysis = analyze_files({"app.js": source})
    units, _ = compute_units(analysis)
    assert units["pkg_made_session"]["cells"]
    assert '"pkg_made_session")' in Compiler(analysis).compile()[0].code


LOADER = """var express = require('express');
var { LRUCache } = require('lru-cache');
var app = express();
var loads = 0;
var evicted = [];
var quotes = new LRUCache({
  max: 2,
  dispose: (value, key) => { evicted.push(key); },
  fetchMethod: async (key) => { loads += 1; return { key: key, load: loads }; },
});
var plain = new LRUCache({ max: 2 });
app.get('/price/:k', async function price(req, res) { res.json(await quotes.fetch(req.params.k)); });
app.get('/loads', function count(req, res) { res.json({ loads: loads, evicted: evicted }); });
app.get('/plain/:k', function peek(req, res) { res.json(plain.peek(req.params.k) ?? null); });
module.exports = app;
"""


def test_a_call_into_a_package_object_runs_the_functions_handed_where_it_was_made():
    """`quotes.fetch(k)` may run the fetchMethod and the dispose callback given to `new LRUCache`:
    their writes (`loads`, `evicted`) are the caller's, and the cache may keep what they gave
    (pkg-lru-cache-fetch)."""
    units, unit_of = units_of(LOADER)
    stateful = unit_of["price"]
    assert not units[stateful]["replicated"] and unit_of["count"] == stateful
    assert {"loads", "evicted", "quotes"} <= {name for _, name in units[stateful]["vars"]}
    assert units[unit_of["peek"]]["replicated"]  # no function of the service handed to it


OPTIONS = """var express = require('express');
var basicAuth = require('express-basic-auth');
var app = express();
var failures = {};
app.use('/api', basicAuth({
  authorizeAsync: true,
  authorizer: (user, password, done) => { failures[user] = (failures[user] || 0) + 1; done(null, false); },
  nested: { onDeny: function (req) { return { failures: failures }; } },
}));
app.get('/stats', function stats(req, res) { res.json(failures); });
module.exports = app;
"""


def test_functions_in_the_options_object_of_a_package_call_are_its_callbacks():
    """The package calls its options' functions (express-basic-auth's authorizer): they are
    fluxions, in the unit of the state they write, where the runtime then runs the middleware
    the package made (runtime/core.js, madeFluxion; pkg-express-basic-auth)."""
    units, unit_of = units_of(OPTIONS)
    stateful = unit_of["stats"]
    assert not units[stateful]["replicated"] and ["app.js", "failures"] in units[stateful]["vars"]
    assert unit_of["authorizer"] == stateful
    assert unit_of["onDeny"] == stateful  # an object literal inside the options too


HOOKS = """var express = require('express');
var EventEmitter2 = require('eventemitter2').EventEmitter2;
var app = express();
var bus = new EventEmitter2({ wildcard: true });
var hooks = new Map();
app.post('/hooks/:name', function add(req, res) {
  var fn = function (event) { res.locals.seen = event; };
  bus.onAny(fn);
  hooks.set(req.params.name, fn);
  res.json(hooks.size);
});
app.get('/count', function count(req, res) { res.json(bus.listenersAny().length); });
module.exports = app;
"""


def test_a_function_handed_to_what_a_package_made_is_a_write_of_it():
    """`bus.onAny(fn)` in a handler: the package's object keeps the function (pkg-eventemitter2),
    so `bus` is state, in the unit of the handlers using it; it was each node's own."""
    units, unit_of = units_of(HOOKS)
    stateful = unit_of["add"]
    assert ["app.js", "bus"] in units[stateful]["vars"] and unit_of["count"] == stateful


# A route with state of its own that reads or writes `req.session` (fresh15-session-cart): run in another unit,
# it would write the session copy that travelled with `req`, and express-session's `res.end` wrapper, made again
# there, would save it into that node's MemoryStore, not the made middleware's unit's. Its group joins that unit.
SESSION_WITH_STATE = DEFAULT_STORE.replace(
    "app.get('/', function home(req, res) { res.json(req.session); });",
    "var hits = 0;\n"
    "app.get('/visit', function visit(req, res) { hits += 1; req.session.views = (req.session.views || 0) + 1; "
    "res.json({ views: req.session.views, hits: hits }); });\n"
    "var orders = [];\n"
    "app.post('/orders', function order(req, res) { orders.push(1); res.json(orders.length); });\n"
    "app.get('/peek', function peek(req, res) { res.json(req.session); });")


def test_a_route_with_state_reading_the_session_runs_in_the_session_middlewares_unit():
    analysis = analyze_files({"app.js": SESSION_WITH_STATE})
    units, unit_of = compute_units(analysis)
    assert unit_of["visit"] == "pkg_made_session" and ["app.js", "hits"] in units["pkg_made_session"]["vars"]
    assert units["pkg_made_session"]["cells"] and not units["pkg_made_session"]["replicated"]
    assert unit_of["order"] != "pkg_made_session"  # state of its own, no session: its own unit
    assert units[unit_of["peek"]]["replicated"]  # no state: it runs where the middleware ran, as before
    assert any(d.kind == "session-users" and "visit" in d.message for d, _ in analysis.report.items)


def test_a_route_with_state_writing_connect_flash_messages_runs_in_the_session_middlewares_unit():
    """connect-flash's `req.flash(...)` writes `req.session.flash` (pkg-connect-flash)."""
    source = SESSION_WITH_STATE.replace("req.session.views = (req.session.views || 0) + 1; ", "req.flash('info', 'hi'); ") \
        .replace("res.json({ views: req.session.views, hits: hits });", "res.json({ hits: hits });")
    assert "session" not in source.split("function visit")[1].split("\n")[0]
    units, unit_of = compute_units(analyze_files({"app.js": source}))
    assert unit_of["visit"] == "pkg_made_session"
