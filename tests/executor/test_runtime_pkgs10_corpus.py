"""Runtime bugs the tenth round of package services (tests/services/pkg-pino, pkg-yaml, ...)
found, each on a LocalService (two isolates: every message may run in another isolate than
the one before)."""
import json

from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\nmodule.exports = app;\n"


def service(code, **files):
    return LocalService({"app.js": HEAD + code + END, **files})


def test_a_hidden_symbol_keyed_field_travels():
    """pkg-yaml: yaml's nodes mark their kind with `Object.defineProperty(this, NODE_TYPE,
    { value: type })`, NODE_TYPE a registered symbol, and its Schema keeps its tags so: a
    Document kept in a Map arrived without them (`Expected a YAML collection`)."""
    with service("""
const TYPE = Symbol.for('app.type');
const COUNT = Symbol('count');
class Node {
  constructor(kind) {
    Object.defineProperty(this, TYPE, { value: kind });
    Object.defineProperty(this, COUNT, { value: 0, writable: true });
  }
}
const nodes = [];
app.post('/add/:kind', (req, res) => {
  nodes.push(new Node(req.params.kind));
  for (const n of nodes) n[COUNT] += 1;
  res.json(nodes.map((n) => [n[TYPE], n[COUNT], Object.keys(n).length,
                             Object.getOwnPropertyDescriptor(n, TYPE).enumerable,
                             Object.getOwnPropertyDescriptor(n, TYPE).writable]));
});""") as svc:
        assert svc.request("POST", "/add/map").json() == [["map", 1, 0, False, False]]
        assert svc.request("POST", "/add/seq").json() == [["map", 2, 0, False, False], ["seq", 1, 0, False, False]]
        assert svc.request("POST", "/add/pair").json()[0] == ["map", 3, 0, False, False]


def test_a_hidden_symbol_keyed_field_of_a_package_instance_travels():
    """pkg-yaml: the Document kept in a Map is an instance of yaml's exported class, which
    travels as its fields and its class's path: its hidden and symbol-keyed fields were left
    behind (its contents arrived without NODE_TYPE, its schema without its tags). A package's
    closure hidden on it still stays behind, as before (it cannot travel)."""
    lib = """const TYPE = Symbol.for('lib.type');
class Doc {
  constructor(kind) {
    Object.defineProperty(this, TYPE, { value: kind });
    Object.defineProperty(this, 'schema', { value: { tags: [kind] }, writable: true });
    this[Symbol.for('lib.seen')] = 0;
    // a closure hidden on it (express-session's wrapped `save` on a Session) stays behind
    Object.defineProperty(this, 'save', { value: () => this.kind, writable: true, configurable: true });
  }
  get kind() { return this[TYPE]; }
}
module.exports = { Doc };
"""
    files = {"node_modules/lib/package.json": '{"name": "lib", "version": "1.0.0"}',
             "node_modules/lib/index.js": lib,
             "package.json": '{"dependencies": {"lib": "1.0.0"}}'}
    with LocalService(dict(files, **{"app.js": HEAD + """
const { Doc } = require('lib');
const docs = new Map([['base', new Doc('map')]]);
app.post('/docs/:name', (req, res) => {
  if (!docs.has(req.params.name)) docs.set(req.params.name, new Doc('seq'));
  const doc = docs.get(req.params.name);
  doc[Symbol.for('lib.seen')] += 1;
  res.json({ kind: doc.kind, schema: doc.schema, seen: doc[Symbol.for('lib.seen')], keys: Object.keys(doc),
             isDoc: doc instanceof Doc });
});""" + END})) as svc:
        for seen in (1, 2):
            assert svc.request("POST", "/docs/base").json() == {"kind": "map", "schema": {"tags": ["map"]},
                                                                 "seen": seen, "keys": [], "isDoc": True}
        assert svc.request("POST", "/docs/other").json()["kind"] == "seq"
        assert svc.request("POST", "/docs/other").json() == {"kind": "seq", "schema": {"tags": ["seq"]},
                                                              "seen": 2, "keys": [], "isDoc": True}


def test_a_fluxion_a_package_calls_while_its_module_loads():
    """pkg-pino, pkg-rxjs: a top-level package call runs the service's function it was handed
    (pino calls nothing yet, but an rxjs BehaviorSubject calls its new subscriber at once; here
    the package calls `mixin` as it makes the logger) while the service's module is still
    loading: the fluxion's code was looked up in the module's description, not made yet
    (main failed: "Cannot read properties of null (reading 'factories')")."""
    lib = ("module.exports = function make(opts) { const first = opts.mixin();\n"
           "  return { log: (m) => Object.assign({ m }, opts.mixin(), { first }) }; };\n")
    files = {"node_modules/lib/package.json": '{"name": "lib", "version": "1.0.0"}',
             "node_modules/lib/index.js": lib,
             "package.json": '{"dependencies": {"lib": "1.0.0"}}'}
    with LocalService(dict(files, **{"app.js": HEAD + """
const make = require('lib');
let served = 0;
const logger = make({ mixin: () => ({ served }) });
app.use((req, res, next) => { served += 1; next(); });
app.get('/', (req, res) => res.json(logger.log('hi')));""" + END})) as svc:
        for n in (1, 2, 3):  # as Node.js answers
            assert svc.request("GET", "/").json() == {"m": "hi", "served": n, "first": {"served": 0}}


def test_a_package_loads_worker_threads_and_the_service_diagnostics_channel():
    """pkg-pino: pino 10 requires `worker_threads` as it loads (for `isMainThread`; thread-stream
    takes `Worker`, made only for a transport) and `diagnostics_channel` (builtins): the first was
    refused at `require`, the second missing. A fluxion runs on the main thread and starts none."""
    lib = """const { isMainThread, Worker, parentPort } = require('node:worker_threads');
module.exports = { isMainThread, parentPort, start() { return new Worker('./w.js'); } };
"""
    files = {"node_modules/lib/package.json": '{"name": "lib", "version": "1.0.0"}',
             "node_modules/lib/index.js": lib,
             "package.json": '{"dependencies": {"lib": "1.0.0"}}'}
    with LocalService(dict(files, **{"app.js": HEAD + """
const lib = require('lib');
const dc = require('diagnostics_channel');
app.get('/', (req, res) => {
  const seen = [];
  const note = (m) => seen.push(m.path);
  dc.subscribe('app:hit', note);
  dc.channel('app:hit').publish({ path: req.path });
  dc.unsubscribe('app:hit', note);
  let error = null;
  try { lib.start(); } catch (e) { error = [e.code, e.message]; }
  res.json({ main: lib.isMainThread, parent: lib.parentPort, error, seen });
});""" + END})) as svc:
        assert svc.request("GET", "/").json() == {
            "main": True, "parent": None, "seen": ["/"],
            "error": ["ERR_LIQUEFY_UNAVAILABLE",
                      "Liquefy: worker_threads' new Worker() is not available: a fluxion has no network or process access"]}


def test_what_glob_and_graceful_fs_take_from_fs_as_they_load():
    """pkg-express-handlebars: graceful-fs requires the `constants` module (refused: not
    provided), glob's path-scurry takes `fs.realpathSync.native` (fs had no realpath) and reads
    links with readlink. The file store has no links: a path is its own real path."""
    lib = """const constants = require('constants');
const fs = require('fs');
const native = fs.realpathSync.native;
module.exports = { constants, real: (p) => native(p), link: (p) => fs.readlinkSync(p), fs };
"""
    files = {"node_modules/lib/package.json": '{"name": "lib", "version": "1.0.0"}',
             "node_modules/lib/index.js": lib, "views/a.hbs": "hi",
             "package.json": '{"dependencies": {"lib": "1.0.0"}}'}
    with LocalService(dict(files, **{"app.js": HEAD + """
const path = require('path');
const lib = require('lib');
const fail = (f) => { try { f(); return null; } catch (e) { return [e.code, e.syscall, path.relative(__dirname, e.path)]; } };
app.get('/', async (req, res) => {
  const a = path.join(__dirname, 'views', 'a.hbs');
  res.json({
    flags: [lib.constants.O_WRONLY, lib.constants.O_CREAT, lib.constants.SIGTERM, lib.fs.constants.O_APPEND],
    real: path.relative(__dirname, lib.real(path.join(__dirname, 'views', '..', 'views', 'a.hbs'))),
    promised: path.relative(__dirname, await lib.fs.promises.realpath(a)),
    missing: fail(() => lib.real(path.join(__dirname, 'nope'))),
    missingJs: fail(() => lib.fs.realpathSync(path.join(__dirname, 'nope'))),
    missingCb: await new Promise((resolve) => lib.fs.realpath.native(path.join(__dirname, 'nope'), (e) => resolve(e.syscall))),
    link: fail(() => lib.link(a)), noLink: fail(() => lib.link(path.join(__dirname, 'nope'))),
  });
});""" + END})) as svc:
        assert svc.request("GET", "/").json() == {  # as Node.js answers
            "flags": [1, 64, 15, 1024], "real": "views/a.hbs", "promised": "views/a.hbs",
            "missing": ["ENOENT", "realpath", "nope"], "missingJs": ["ENOENT", "lstat", "nope"],
            "missingCb": "realpath", "link": ["EINVAL", "readlink", "views/a.hbs"],
            "noLink": ["ENOENT", "readlink", "nope"]}


def test_a_package_function_a_middleware_puts_on_req_is_put_back_where_req_arrives():
    """pkg-connect-flash: its middleware sets `req.flash`, a function of the package's module,
    which cannot travel: a route in a unit of its own (it keeps state) failed, "cannot carry the
    function _flash". `req` travels without it and the middleware, run again where `res`
    arrives, puts it back (as for a middleware wrapping `res.end`)."""
    lib = """function greet(word) { return word + ' ' + this.params.name; }
module.exports = function greeter() { return function (req, res, next) { req.greet = greet; next(); }; };
"""
    files = {"node_modules/lib/package.json": '{"name": "lib", "version": "1.0.0"}',
             "node_modules/lib/index.js": lib,
             "package.json": '{"dependencies": {"lib": "1.0.0"}}'}
    with LocalService(dict(files, **{"app.js": HEAD + """
const greeter = require('lib');
const seen = [];
app.use(greeter());
app.get('/hello/:name', (req, res) => {
  seen.push(req.params.name);
  res.json({ text: req.greet('hello'), seen });
});""" + END})) as svc:
        assert svc.request("GET", "/hello/ann").json() == {"text": "hello ann", "seen": ["ann"]}
        assert svc.request("GET", "/hello/bob").json() == {"text": "hello bob", "seen": ["ann", "bob"]}


def test_a_package_emitter_keeping_the_services_listeners_keeps_its_unit_live():
    """pkg-eventemitter2: listeners the service adds to a package's emitter from its handlers
    (`bus.onAny(fn)`; here `listen`, `listenOnce`, names the analysis does not know) are state of the emitter (analyzer/state.py,
    package_made_holder); the emitter, made by `new` in main, travels as that call, and the
    fields that cannot (its listeners wrapped in the package's closures) were lost where it
    arrived: its unit is kept live instead."""
    lib = """class Bus {
  constructor(options) { this.options = options; this._events = {}; this.warn = (m) => m; }  // a closure: it travels as its call
  listen(type, fn) { (this._events[type] = this._events[type] || []).push(fn); return this; }
  listenOnce(type, fn) { const wrapped = (...args) => { this.off(type, wrapped); fn(...args); }; return this.listen(type, wrapped); }
  off(type, fn) { this._events[type] = (this._events[type] || []).filter((f) => f !== fn); return this; }
  emit(type, ...args) { const fns = (this._events[type] || []).slice(); fns.forEach((f) => f(...args)); return fns.length; }
}
module.exports = { Bus };
"""
    files = {"node_modules/lib/package.json": '{"name": "lib", "version": "1.0.0"}',
             "node_modules/lib/index.js": lib,
             "package.json": '{"dependencies": {"lib": "1.0.0"}}'}
    with LocalService(dict(files, **{"app.js": HEAD + """
const { Bus } = require('lib');
const bus = new Bus({ wildcard: true });
const log = [];
app.post('/on/:type', (req, res) => {
  bus.listen(req.params.type, (x) => log.push(`${req.params.type} ${x}`));
  bus.listenOnce(req.params.type, (x) => log.push(`once ${x}`));
  res.json({ listeners: bus._events[req.params.type].length });
});
app.post('/emit/:type/:x', (req, res) => res.json({ called: bus.emit(req.params.type, req.params.x), log }));""" + END}),
                      nodes=2) as svc:
        assert svc.request("POST", "/on/a").json() == {"listeners": 2}
        assert svc.request("POST", "/emit/a/1").json() == {"called": 2, "log": ["a 1", "once 1"]}
        assert svc.request("POST", "/emit/a/2").json() == {"called": 1, "log": ["a 1", "once 1", "a 2"]}
        assert svc.request("POST", "/on/a").json() == {"listeners": 3}


def test_http_methods_are_node_s():
    """pkg-method-override: it accepts only the methods `methods` lists, from http.METHODS, which
    had 7 (an X-HTTP-Method-Override of TRACE was ignored: "Cannot POST" for "Cannot TRACE")."""
    import subprocess
    node = json.loads(subprocess.run(["node", "-p", "JSON.stringify(require('http').METHODS)"],
                                     capture_output=True, text=True, check=True).stdout)
    with service("app.get('/', (req, res) => res.json(require('http').METHODS));") as svc:
        assert svc.request("GET", "/").json() == node
