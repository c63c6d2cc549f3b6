"""What services read of Express's and JavaScript's internals, as Node.js gives it (fresh27f-*):
Express 4's `app._router.stack` walked by route listings, layer names, functions' names."""
from tests.executor.runtime_harness import LocalService

ROUTE_LISTING = r"""
const express = require('express');
const app = express();
const before = typeof app._router;
app.use(express.json());
app.get('/a/:id', (req, res) => res.json(1));
const r = express.Router();
r.get('/x', () => {});
app.use('/api/items', r);
app.get('/list', (req, res) => res.json({before, stack: app._router.stack.map((l) => [l.name, String(l.regexp),
  l.regexp.fast_slash, l.route && l.route.path, l.keys.map((k) => k.name),
  l.route ? Object.keys(l.route.methods) : l.handle.stack && l.handle.stack.length])}));
app.listen(3000);
"""


def test_express4_router_stack_lists_routes_as_express_does():
    svc = LocalService({"app.js": ROUTE_LISTING}, nodes=2)
    for _ in range(2):  # main's isolate, then the other one
        got = svc.request("GET", "/list").json()
        assert got["before"] == "undefined"
        assert got["stack"] == [
            ["query", "/^\\/?(?=\\/|$)/i", True, None, [], None],
            ["expressInit", "/^\\/?(?=\\/|$)/i", True, None, [], None],
            ["jsonParser", "/^\\/?(?=\\/|$)/i", True, None, [], None],
            ["bound dispatch", "/^\\/a(?:\\/([^/]+?))\\/?$/i", False, "/a/:id", ["id"], ["get"]],
            ["router", "/^\\/api\\/items\\/?(?=\\/|$)/i", False, None, [], 1],
            ["bound dispatch", "/^\\/list\\/?$/i", False, "/list", [], ["get"]],
        ]


NAMES = r"""
const express = require('express');
const app = express();
const named = (req, res, next) => next();
const obj = { handler: (a, b = 1, ...c) => a, m(x) {} };
class C { field = () => 1; }
const expr = function inner() {};
let later; later = () => 2;
const holder = {};
holder.run = () => 3;
app.use(named);
app.use((req, res, next) => next());
const list = (req, res) => res.json({
  named: named.name, handler: obj.handler.name, handlerLen: obj.handler.length, m: obj.m.name,
  field: new C().field.name, expr: expr.name, later: later.name, run: holder.run.name, anon: (() => {}).name,
  list: list.name, listLen: list.length, stack: app._router.stack.map((l) => l.name),
});
app.get('/n', list);
app.listen(3000);
"""


def test_functions_have_the_names_node_gives_them():
    """A fluxion's name was its id, a literal the compiler wraps in `__rt.fn(...)` anonymous:
    middleware naming itself by `fn.name` (fresh27f-named-middleware) named nothing."""
    svc = LocalService({"app.js": NAMES}, nodes=2)
    for _ in range(2):
        assert svc.request("GET", "/n").json() == {
            "named": "named", "handler": "handler", "handlerLen": 1, "m": "m", "field": "field", "expr": "inner",
            "later": "later", "run": "", "anon": "", "list": "list", "listLen": 2,
            "stack": ["query", "expressInit", "named", "<anonymous>", "bound dispatch"]}


KINDS = r"""
const express = require('express');
const util = require('util');
const app = express();
const AsyncFunction = (async () => {}).constructor;
const GF = function* () {}.constructor;
class C { async m(a, b) { await null; return 1; } n(x) { return x; } static async s() {} }
const o = { async r() { await null; }, s() {}, k: async function () { return 1; } };
const arrow = async (x) => { await null; return x; };
const exprArrow = async (x) => x;
function outer() { const inner = async () => 1; return inner; }
function* gen(a) { yield a; }
const c = new C();
const t = (f) => [f.constructor.name, f instanceof AsyncFunction, f instanceof GF, util.types.isAsyncFunction(f),
  util.types.isGeneratorFunction(f), Object.prototype.toString.call(f), f instanceof Function];
app.get('/p', async (req, res) => res.json({
  m: t(c.m), n: t(c.n), s: t(C.s), C: t(C), r: t(o.r), os: t(o.s), k: t(o.k), arrow: t(arrow), exprArrow: t(exprArrow),
  outer: t(outer), inner: t(outer()), gen: t(gen), handler: t(app._router.stack[2].route.stack[0].handle), fn: t(Function),
  insp: util.inspect(c.m),
}))
app.listen(3000);
"""


def test_async_and_generator_functions_are_what_they_were_written_as():
    """asyncsplit writes an async function as a plain one, the compiler a generator function:
    an async-aware wrapper of class controllers and a plugin loader telling plugins apart by
    `constructor.name`/`instanceof` (fresh27f-async-controllers, fresh27f-plugin-loader) saw Functions."""
    svc = LocalService({"app.js": KINDS}, nodes=2)
    a = ["AsyncFunction", True, False, True, False, "[object AsyncFunction]", True]
    f = ["Function", False, False, False, False, "[object Function]", True]
    g = ["GeneratorFunction", False, True, False, True, "[object GeneratorFunction]", True]
    for _ in range(2):
        assert svc.request("GET", "/p").json() == {
            "m": a, "n": f, "s": a, "C": f, "r": a, "os": f, "k": a, "arrow": a, "exprArrow": a, "outer": f, "inner": a,
            "gen": g, "handler": a, "fn": f, "insp": "[AsyncFunction: m]"}


SOURCES = r"""
const express = require('express');
const app = express();
const jobs = new Map([['cleanup', async () => { await null; return 1; }], ['ping', () => 'pong']]);
function factory(pricingService, orderRepo) { return 1; }
const handler = async (req, res) => {
  res.json([...jobs].map(([k, v]) => String(v)).concat([String(factory), String(handler).slice(0, 21),
    factory.toString().match(/\((.*?)\)/)[1]]));
};
app.get('/s', handler);
app.listen(3000);
"""


def test_functions_show_their_source_as_written():
    """`fn.toString()` gave the compiled code (an async closure without its `async`) or, for a
    fluxion, the function the runtime makes: DI containers parsing parameter names and loaders
    looking for `async` (fresh27f-async-controllers) read something else."""
    svc = LocalService({"app.js": SOURCES}, nodes=2)
    for _ in range(2):
        assert svc.request("GET", "/s").json() == [
            "async () => { await null; return 1; }", "() => 'pong'",
            "function factory(pricingService, orderRepo) { return 1; }", "async (req, res) => {",
            "pricingService, orderRepo"]
