"""issue 10's builtins: `stream` (readable-stream 4) and `zlib` (pako 2) against Node.js,
and what the differential answers leave out for the packages that use them: the
compressed answers' headers (compression), the log lines (morgan), the session
cookies (express-session, on one node and on two), and the clear errors of the network and
process modules.

The services are tests/services/pkg-*; each also runs in the differential tests
on a live Liquefy. Here they run in mini-racer isolates (tests/executor/runtime_harness.py),
two of them taking turns unless said otherwise.
"""
import gzip
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.executor.builtins_harness import new_context, run_node, run_racer
from tests.executor.runtime_harness import LocalService
from tests.support.nodejs import (NODE, NODE_MODULES, SERVICES, _stop, _wait_for_port, free_port, load_requests,
                                  replay)
from tests.support.stack import service_files

# JS expressions (the builtins harness: `req(name)` is require); awaited when promises.
SNIPPETS = [
    "['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'Stream', 'pipeline', 'finished', 'promises']"
    ".map((k) => typeof req('stream')[k])",
    "req('stream') === req('stream').Stream && req('node:stream') === req('stream')",
    "await new Promise((ok) => { const s = req('stream'); const out = []; s.Readable.from(['a', 'b'])"
    ".pipe(new s.Transform({transform(c, e, cb) { cb(null, String(c).toUpperCase()); }}))"
    ".on('data', (d) => out.push(String(d))).on('end', () => ok(out)); })",
    "await (async () => { const out = []; for await (const c of req('stream').Readable.from(['x', 'y'])) out.push(c);"
    " return out; })()",
    "await req('stream/promises').pipeline(req('stream').Readable.from(['q']),"
    " new (req('stream').Writable)({write(c, e, cb) { cb(); }})).then(() => 'done')",
    "await new Promise((ok) => { const s = req('stream'); const w = new s.Writable({highWaterMark: 2,"
    " write(c, e, cb) { this.pending = cb; }}); ok([w.write('abc'), w.writableLength, w.writableNeedDrain]); })",
    "await new Promise((ok) => { const s = req('stream'); const r = new s.Readable({read() {}});"
    " r.destroy(new Error('gone')); r.on('error', (e) => ok([e.message, r.destroyed])); })",
    "await new Promise((ok) => { const s = req('stream'); s.pipeline(s.Readable.from(['x']),"
    " new s.Transform({transform(c, e, cb) { cb(new Error('bad ' + c)); }}), new s.PassThrough(),"
    " (err) => ok([err.message, err.code])); })",
    "await new Promise((ok) => { const s = req('stream'); const w = new s.Writable({write(c, e, cb) { cb(); }});"
    " w.end('x'); w.write('y'); w.on('error', (e) => ok([e.code, e.message])); })",
    "req('zlib').gunzipSync(req('zlib').gzipSync('hello hello hello')).toString()",
    "req('zlib').inflateSync(req('zlib').deflateSync(Buffer.from('abc'))).toString()",
    "req('zlib').inflateRawSync(req('zlib').deflateRawSync('raw')).toString()",
    "req('zlib').unzipSync(req('zlib').deflateSync('either')).toString()",
    "Array.from(req('zlib').gzipSync('hello').subarray(0, 10))",
    "req('zlib').gunzipSync(Buffer.from('nope'))",
    "req('zlib').gunzipSync(req('zlib').gzipSync('hello').subarray(0, 12))",
    "req('zlib').inflateSync(req('zlib').gzipSync('hello'))",
    "req('zlib').gzipSync(42)",
    "[req('zlib').constants.Z_BEST_COMPRESSION, req('zlib').Z_SYNC_FLUSH, req('zlib').constants.Z_DATA_ERROR]",
    "await new Promise((ok) => { const z = req('zlib'); const chunks = []; const g = z.createGzip();"
    " g.on('data', (c) => chunks.push(c)); g.on('end', () => ok(z.gunzipSync(Buffer.concat(chunks)).toString()));"
    " g.write('abc'); g.end('def'); })",
    "await new Promise((ok) => { const z = req('zlib'); const s = req('stream'); const chunks = [];"
    " s.pipeline(s.Readable.from([z.gzipSync('round trip')]), z.createGunzip(),"
    " new s.Writable({write(c, e, cb) { chunks.push(c); cb(); }}), (err) => ok(err ? err.message : String(Buffer.concat(chunks)))); })",
    "await new Promise((ok) => { const z = req('zlib'); const s = req('stream');"
    " s.pipeline(s.Readable.from([Buffer.from('garbage!!')]), z.createGunzip(),"
    " new s.Writable({write(c, e, cb) { cb(); }}), (err) => ok([err.message, err.code, err.errno])); })",
    "await new Promise((ok) => req('zlib').gzip('cb', (e, b) => ok(req('zlib').gunzipSync(b).toString())))",
    "await new Promise((ok) => req('zlib').inflate(Buffer.from('bad'), (e) => ok([e.message, e.code])))",
]


@pytest.fixture(scope="module")
def builtins_results():
    ctx = new_context()
    # the builtins alone have no runtime: a process with Node's nextTick order is enough here
    ctx.eval("globalThis.process = {env: {}, nextTick: (fn, ...a) => Promise.resolve().then(() => fn(...a))};")
    return dict(zip(SNIPPETS, run_node(SNIPPETS))), dict(zip(SNIPPETS, run_racer(SNIPPETS, ctx)))


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_stream_and_zlib_as_node(builtins_results, snippet):
    node, liquefy = builtins_results
    assert liquefy[snippet] == node[snippet]


# -- the services, in isolates ---------------------------------------------------------
def local_answers(service_dir, nodes=2):
    with LocalService(service_files(service_dir), nodes=nodes) as svc:
        out = []
        for r in load_requests(service_dir):
            headers, body = dict(r.get("headers", {})), b""
            if "json" in r:
                body = json.dumps(r["json"]).encode()
                headers.setdefault("content-type", "application/json")
            elif "raw" in r:
                body = r["raw"].encode()
            out.append(svc.request(r["method"], r["path"], headers, body))
        return out


def node_run(service_dir, printed_lines=0):
    """The service's answers under Node.js, and the lines it printed, once it printed
    `printed_lines` of them (or 10 s passed): morgan prints a request's line on its
    response's 'finish', which Node may emit after the client has the answer."""
    with tempfile.TemporaryDirectory(prefix="node-streams-") as tmp:
        work = Path(tmp) / service_dir.name
        shutil.copytree(service_dir, work)
        (work / "node_modules").symlink_to(NODE_MODULES, target_is_directory=True)
        port, log = free_port(), Path(tmp) / "out.log"
        env = {"PATH": "/usr/bin:/bin", "PORT": str(port), "NODE_ENV": "production"}
        with open(log, "wb") as out:
            proc = subprocess.Popen([NODE, "app.js"], cwd=work, env=env, stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=subprocess.STDOUT)
        try:
            _wait_for_port(port, proc, log)
            answers = replay(f"http://127.0.0.1:{port}", load_requests(service_dir))
            deadline = time.monotonic() + 10
            while len(log.read_text().splitlines()) < printed_lines and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            _stop(proc)
        return answers, log.read_text().splitlines()


def test_compression_answers_compressed_as_node():
    service = SERVICES / "pkg-compression"
    node, _ = node_run(service)
    liquid = local_answers(service)
    compressed = 0
    for request, expected, got in zip(load_requests(service), node, liquid):
        where = f"{request['method']} {request['path']}"
        encoding = expected.headers.get("content-encoding")
        assert got.header("content-encoding") == encoding, where
        assert got.header("vary") == expected.headers.get("vary"), where
        body = gzip.decompress(got.body) if encoding == "gzip" else got.body
        if encoding == "deflate":
            import zlib
            body = zlib.decompress(body)
        assert body.decode() == expected.body_text, where
        compressed += encoding is not None
    assert compressed >= 5


def test_morgan_logs_the_lines_node_prints():
    service = SERVICES / "pkg-morgan"
    liquid = local_answers(service)
    lines = [line for answer in liquid for line in answer.logs]
    _, node_lines = node_run(service, printed_lines=len(lines))
    assert lines and sorted(lines) == sorted(node_lines)  # Node may print two requests' lines in either order


def test_express_session_on_one_node_answers_and_sets_cookies_as_node():
    service = SERVICES / "pkg-express-session-default"
    node, _ = node_run(service)
    liquid = local_answers(service, nodes=1)
    for request, expected, got in zip(load_requests(service), node, liquid):
        assert (got.status, got.text) == (expected.status, expected.body_text), request["path"]
        assert got.header("set-cookie") == expected.headers.get("set-cookie"), request["path"]


MADE_SESSIONS = {  # the service's `app.use(session({...}))`, written otherwise
    "mounted": lambda app: app,
    "kept-in-a-variable": lambda app: app.replace("app.use(session({", "var sessions = session({").replace(
        "cookie: { httpOnly: true, maxAge: null }\n}));", "cookie: { httpOnly: true, maxAge: null }\n});\napp.use(sessions);"),
    "inline-store": lambda app: app.replace("app.use(session({", "app.use(session({\n  store: new session.MemoryStore(),"),
}


@pytest.mark.parametrize("written", list(MADE_SESSIONS))
def test_express_session_default_memory_store_across_two_nodes(written, tmp_path):
    service = SERVICES / "pkg-express-session-default"  # the MemoryStore session() makes itself, in its closure
    node, _ = node_run(service)
    if written != "mounted":
        service = Path(shutil.copytree(service, tmp_path / service.name))
        app = (service / "app.js").read_text()
        changed = MADE_SESSIONS[written](app)
        assert changed != app
        (service / "app.js").write_text(changed)
    liquid = local_answers(service, nodes=2)
    for request, expected, got in zip(load_requests(service), node, liquid):
        assert (got.status, got.text) == (expected.status, expected.body_text), request["path"]
        assert got.header("set-cookie") == expected.headers.get("set-cookie"), request["path"]


def units_posted_to(service_dir):
    with LocalService(service_files(service_dir), nodes=2) as svc:
        for r in load_requests(service_dir):
            svc.request(r["method"], r["path"], dict(r.get("headers", {})))
        return svc.units, {e.get("unit") for e in svc.emitted if e["op"] == "post"}


def test_the_middleware_keeping_its_own_store_runs_in_its_unit_and_one_keeping_none_anywhere():
    units, posted = units_posted_to(SERVICES / "pkg-express-session-default")
    assert "pkg_made_session" in posted  # session() made a MemoryStore: the unit keeps it
    units, posted = units_posted_to(SERVICES / "pkg-cors")  # cors() makes nothing that keeps state
    made = {u for u in units if u.startswith("pkg_made_cors")}
    assert made and not made & posted


def test_express_session_with_the_services_memory_store_across_two_nodes_as_node():
    service = SERVICES / "pkg-express-session"  # `var store = new session.MemoryStore()`: a unit of its own
    node, _ = node_run(service)
    liquid = local_answers(service, nodes=2)
    for request, expected, got in zip(load_requests(service), node, liquid):
        assert (got.status, got.text) == (expected.status, expected.body_text), request["path"]
        assert got.header("set-cookie") == expected.headers.get("set-cookie"), request["path"]


def test_the_services_own_response_wrappers_survive_a_hop_to_a_stateful_unit():
    """on-headers called from the service's middleware, and wrappers of res.writeHead and
    res.end written by hand: the handlers reading `orders` run in a stateful unit, on the
    other node, and the headers those wrappers set are still Node's."""
    service = SERVICES / "pkg-on-headers"
    node, _ = node_run(service)
    liquid = local_answers(service)
    for request, expected, got in zip(load_requests(service), node, liquid):
        where = f"{request['method']} {request['path']}"
        assert (got.status, got.text) == (expected.status, expected.body_text), where
        for name in ("x-tag", "x-body-bytes", "x-route", "x-failed"):
            assert got.header(name) == expected.headers.get(name), f"{where}: {name}"
        assert got.header("x-route"), where


NO_ACCESS_APP = r"""
var express = require('express');
var http = require('http');
var app = express();
function attempt(f) { try { f(); return 'no error'; } catch (e) { return e.code + ': ' + e.message; } }
app.get('/sync', function (req, res) {
  res.json({
    request: attempt(function () { http.request('http://example.com'); }),
    get: attempt(function () { require('https').get('http://example.com'); }),
    agent: typeof new http.Agent({ keepAlive: true }),
    incoming: req instanceof http.IncomingMessage && res instanceof http.ServerResponse,
    net: attempt(function () { require('n' + 'et').connect(6379); }),
    addresses: ['1.2.3.4', '::1', 'fe80::1%eth0', '::ffff:10.0.0.1', '256.1.1.1', '1.2.3', 'x'].map(function (a) {
      return require('n' + 'et').isIP(a);
    }),
    child: attempt(function () { require('child_' + 'process'); }),
    workers: attempt(function () { new (require('worker_' + 'threads').Worker)('./w.js'); })
  });
});
app.get('/fetch', function (req, res) {
  fetch('http://example.com').then(function () { res.send('fetched'); }, function (e) { res.send(e.code + ': ' + e.message); });
});
module.exports = app;
"""


def test_network_and_process_modules_fail_saying_why():
    with LocalService({"app.js": NO_ACCESS_APP}, nodes=1) as svc:
        sync = svc.request("GET", "/sync").json()
        fetched = svc.request("GET", "/fetch").text
    why = "a fluxion has no network or process access"
    assert sync["request"] == ("ERR_LIQUEFY_UNAVAILABLE: Liquefy: outgoing requests with http.request are not "
                               "available: " + why)
    assert sync["get"].startswith("ERR_LIQUEFY_UNAVAILABLE: Liquefy: outgoing requests with http.get")
    assert fetched == "ERR_LIQUEFY_UNAVAILABLE: Liquefy: outgoing requests with fetch are not available: " + why
    assert sync["child"] == f"ERR_LIQUEFY_UNAVAILABLE: Liquefy: app.js requires 'child_process', which is not available: {why}"
    # `worker_threads` loads (pino reads isMainThread); a Worker fails saying why
    assert sync["workers"] == f"ERR_LIQUEFY_UNAVAILABLE: Liquefy: worker_threads' new Worker() is not available: {why}"
    # `net` loads (packages check addresses with it, as under Node.js); a socket fails saying why
    assert sync["net"] == f"ERR_LIQUEFY_UNAVAILABLE: Liquefy: outgoing requests with net.connect are not available: {why}"
    assert sync["addresses"] == [4, 6, 6, 6, 0, 0, 0]
    assert sync["agent"] == "object" and sync["incoming"] is True


LONG_TIMER_APP = r"""
var express = require('express');
var waiter = require('waiter');
var app = express();
app.get('/short', function (req, res) { waiter(5, function () { res.send('waited 5'); }); });
app.get('/long', function (req, res) { waiter(5000, function () { res.send('waited 5000'); }); });
module.exports = app;
"""
WAITER = "module.exports = function (ms, done) { setTimeout(function tick() { done(); }, ms); };\n"


PACER_APP = r"""
var express = require('express');
var pacer = require('pacer');
var app = express();
var last = [];
app.get('/order', function order(req, res) { pacer(function (seen) { res.json(seen); }); });
app.get('/raced', function raced(req, res) {
  setTimeout(function mine() { last.push('service 20'); }, 20);
  pacer(function (seen) { res.json(seen); });
});
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
"""
# The package's own closures, on timers and an immediate, and the service's callback holding one.
PACER = """module.exports = function (done) {
  var seen = [];
  setTimeout(function () { seen.push('t30'); }, 30);
  setTimeout(function () { seen.push('t10'); setImmediate(function () { seen.push('after t10'); }); }, 10);
  setTimeout(function () { seen.push('t10 again'); }, 10);
  setImmediate(function () { seen.push('immediate'); });
  setTimeout(function () { seen.push('t0'); }, 0);
  setTimeout(function () { done(seen); }, 50);
};
"""


def pacer_files():
    return {"app.js": PACER_APP, "package.json": json.dumps({"dependencies": {"pacer": "1.0.0"}}),
            "node_modules/pacer/package.json": json.dumps({"name": "pacer", "version": "1.0.0"}),
            "node_modules/pacer/index.js": PACER}


def test_a_packages_timers_run_in_their_message_in_nodes_order():
    with tempfile.TemporaryDirectory(prefix="pacer-") as tmp:
        folder = Path(tmp) / "pacer-app"
        for path, text in pacer_files().items():
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_text(text)
        (folder / "node_modules" / "express").symlink_to(NODE_MODULES / "express", target_is_directory=True)
        port, log = free_port(), Path(tmp) / "out.log"
        with open(log, "wb") as out:
            proc = subprocess.Popen([NODE, "app.js"], cwd=folder, env={"PATH": "/usr/bin:/bin", "PORT": str(port)},
                                    stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        try:
            _wait_for_port(port, proc, log)
            expected = replay(f"http://127.0.0.1:{port}", [{"method": "GET", "path": "/order"}])[0].body_text
        finally:
            _stop(proc)
    with LocalService(pacer_files(), nodes=2) as svc:
        assert svc.request("GET", "/order").text == expected
        assert json.loads(expected) == ["immediate", "t0", "t10", "t10 again", "after t10", "t30"]


def test_a_packages_timer_is_not_run_ahead_of_work_handed_elsewhere():
    # the service's own 20 ms timer is a message of its own: the package's 30 ms timer cannot run before it
    # in this message, nor travel, so it fails saying why instead of running out of order
    with LocalService(pacer_files(), nodes=1) as svc:
        assert svc.request("GET", "/raced") is None
        assert "Liquefy cannot carry the function" in json.dumps(svc.errors)


def test_a_packages_short_timer_runs_in_its_message_and_a_long_one_fails_clearly():
    files = {"app.js": LONG_TIMER_APP, "package.json": json.dumps({"dependencies": {"waiter": "1.0.0"}}),
             "node_modules/waiter/package.json": json.dumps({"name": "waiter", "version": "1.0.0"}),
             "node_modules/waiter/index.js": WAITER}
    with LocalService(files, nodes=1) as svc:
        assert svc.request("GET", "/short").text == "waited 5"
        assert svc.request("GET", "/long") is None
        assert "Liquefy cannot carry the function tick across a stream" in json.dumps(svc.errors)
