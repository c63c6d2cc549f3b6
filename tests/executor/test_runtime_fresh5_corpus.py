"""Runtime bugs the fifth differential corpus (tests/services/fresh5-*, state written
through indirection and dynamic dispatch) found, each on a LocalService (two isolates:
every message may run in another isolate than the one before)."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\nmodule.exports = app;\n"
JSON = {"content-type": "application/json"}


def service(code, **files):
    return LocalService({"app.js": HEAD + code + END, **files})


def test_an_accessor_defined_with_object_define_property_travels_as_the_accessor():
    """fresh5-accessors-symbols: `Object.defineProperty(player, 'current', {get() {...},
    set(v) {...}})` on a module object; the getter's value of the moment (null in main's
    snapshot) must not replace it. Not enumerable (the default) it must still arrive."""
    with service("""
let currentName = null;
const switches = [];
const player = { volume: 1 };
Object.defineProperty(player, 'current', {
  get() { return currentName === null ? null : currentName.toUpperCase(); },
  set(name) { switches.push(name); currentName = name; },
});
Object.defineProperties(player, { loud: { enumerable: true, get: () => player.volume > 5 } });
app.put('/current/:name', (req, res) => {
  player.current ??= 'first';
  player.current = req.params.name;
  player.volume += 3;
  res.json({ current: player.current, switches, keys: Object.keys(player), loud: player.loud });
});""") as svc:
        assert svc.request("PUT", "/current/tea").json() == {
            "current": "TEA", "switches": ["first", "tea"], "keys": ["volume", "loud"], "loud": False}
        assert svc.request("PUT", "/current/cake").json() == {
            "current": "CAKE", "switches": ["first", "tea", "cake"], "keys": ["volume", "loud"], "loud": True}


def test_a_frozen_array_stays_frozen():
    """fresh5-frozen-snapshots: a deep-frozen snapshot's array ignores `length = 0`."""
    with service("""
let current = Object.freeze({ tags: Object.freeze(['base', 'new']), sealed: Object.seal([1, 2]) });
app.post('/write', (req, res) => {
  current.tags.length = 0;
  current.sealed[0] += 1;
  current.sealed.push?.call;
  res.json({ tags: current.tags, frozen: Object.isFrozen(current.tags), sealed: current.sealed,
             isSealed: Object.isSealed(current.sealed), isArray: Array.isArray(current.tags) });
});""") as svc:
        for n in (2, 3):
            assert svc.request("POST", "/write").json() == {
                "tags": ["base", "new"], "frozen": True, "sealed": [n, 2], "isSealed": True, "isArray": True}


def test_an_arrow_that_kept_the_global_object_as_its_this_travels():
    """fresh5-call-apply: a hand-written `curry` called at the top level of sloppy code
    without a receiver returns arrows whose `this` is the global object."""
    with service("""
const curry = (fn) => function curried(...args) {
  return args.length >= fn.length ? fn.apply(this, args) : (...more) => curried.apply(this, [...args, ...more]);
};
const price = curry((rate, cents, qty) => Math.round(cents * qty * (1 + rate)));
const withVat = price(0.2);
const quotes = [];
app.post('/quote/:cents/:qty', (req, res) => {
  quotes.push(withVat(Number(req.params.cents))(Number(req.params.qty)));
  res.json(quotes);
});""") as svc:
        assert svc.request("POST", "/quote/250/3").json() == [900]
        assert svc.request("POST", "/quote/100/1").json() == [900, 120]


def test_a_proxy_travels_as_its_target_and_handler():
    """fresh5-proxy-store: a Proxy in module state is made again from its target and its
    handler where it arrives (read through its traps, it would arrive as a plain copy),
    and stays one object with its target."""
    with service("""
const stats = { writes: 0, reads: 0 };
function observe(target, prefix) {
  return new Proxy(target, {
    get(obj, key, receiver) { if (typeof key === 'string') stats.reads++; return Reflect.get(obj, key, receiver); },
    set(obj, key, value) { stats.writes++; obj[key] = prefix + value; return true; },
  });
}
const raw = { theme: 'light' };
const store = observe(raw, '~');
const { proxy: revocable } = Proxy.revocable(raw, {});
app.put('/theme/:v', (req, res) => {
  store.theme = req.params.v;
  res.json({ raw, viaProxy: store.theme, viaRevocable: revocable.theme, stats });
});""") as svc:
        assert svc.request("PUT", "/theme/dark").json() == {
            "raw": {"theme": "~dark"}, "viaProxy": "~dark", "viaRevocable": "~dark", "stats": {"writes": 1, "reads": 1}}
        assert svc.request("PUT", "/theme/blue").json() == {
            "raw": {"theme": "~blue"}, "viaProxy": "~blue", "viaRevocable": "~blue", "stats": {"writes": 2, "reads": 2}}


def test_a_module_under_use_strict_stays_strict():
    """fresh5-proxy-store: after the compiler's wrapper the module's own "use strict" is no
    directive any more; a set trap returning false must still throw in its code."""
    with LocalService({"app.js": "'use strict';\n" + HEAD + """
const frozen = Object.freeze({ n: 1 });
app.post('/write', (req, res) => {
  try {
    frozen.n = 2;
    res.json({ threw: false });
  } catch (err) {
    res.json({ threw: err.name });
  }
});
app.get('/this', function (req, res) { res.json({ undefinedThis: (function () { return this; })() === undefined }); });
""" + END}) as svc:
        assert svc.request("POST", "/write").json() == {"threw": "TypeError"}
        assert svc.request("GET", "/this").json() == {"undefinedThis": True}


def test_global_variables_are_kept_by_their_unit_and_in_mains_snapshot():
    """fresh5-global-assign: `global.requestCount++` in a middleware, a registry that a
    local module puts on `globalThis` at load, and an implicit global of sloppy code."""
    with service("""
const { register } = require('./registry');
global.requestCount = 0;
hits = 10;
app.use((req, res, next) => { global.requestCount++; hits++; next(); });
app.post('/s/:name', (req, res) => res.json(register(req.params.name)));
app.get('/g', (req, res) => res.json({ n: globalThis.requestCount, bare: requestCount, hits,
                                        services: Object.keys(globalThis.__registry.services) }));
""", **{"registry.js": """
globalThis.__registry ??= { services: {} };
exports.register = (name) => { global.__registry.services[name] = true; return Object.keys(global.__registry.services).length; };
"""}) as svc:
        assert svc.request("GET", "/g").json() == {"n": 1, "bare": 1, "hits": 11, "services": []}
        assert svc.request("POST", "/s/auth").json() == 1
        assert svc.request("POST", "/s/mail").json() == 2
        assert svc.request("GET", "/g").json() == {"n": 4, "bare": 4, "hits": 14, "services": ["auth", "mail"]}
