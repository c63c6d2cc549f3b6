"""Runtime bugs the twenty-fourth round's services (tests/services/fresh24c-*, middleware that intercepts and
decorates requests and responses) found, each on a LocalService of two isolates: every message may run in
another isolate than the one before, so values cross a serialization boundary between messages."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\nmodule.exports = app;\n"


def service(code):
    return LocalService({"app.js": HEAD + code + END}, nodes=2)


def test_functions_a_middleware_puts_on_the_response_travel_with_it_past_an_await():
    """fresh24c-route-metrics: a stateful metrics middleware wraps `res.end` to count the bytes its 'finish'
    listener records; a handler answering after an await ended the response without the wrapper (0 bytes), and
    `Object.assign(res, { ok })` was gone there (`res.ok is not a function`): the response travelled without the
    functions the program put on it."""
    with service("""
const log = [];
let total = 0;
app.use((req, res, next) => {
  total++;
  let bytes = 0;
  const end = res.end;
  res.end = function (chunk, ...rest) {
    if (chunk) bytes += Buffer.byteLength(chunk);
    return end.call(this, chunk, ...rest);
  };
  Object.assign(res, { ok: (data) => res.status(200).json({ ok: true, n: total, data }) });
  res.on('finish', () => { log.push(req.path + ' ' + bytes); });
  next();
});
app.get('/sync', (req, res) => res.send('hello'));
app.get('/async', async (req, res) => {
  await new Promise((resolve) => setImmediate(resolve));
  res.send('hello async');
});
app.get('/helper', async (req, res) => {
  await new Promise((resolve) => setImmediate(resolve));
  res.ok('later');
});
app.get('/log', (req, res) => res.json(log));""") as svc:
        assert svc.request("GET", "/sync").text == "hello"
        assert svc.request("GET", "/async").text == "hello async"
        helper = svc.request("GET", "/helper")
        assert (helper.status, helper.json()) == (200, {"ok": True, "n": 3, "data": "later"})
        assert svc.request("GET", "/log").json() == ["/sync 5", "/async 11", "/helper 32"]


def test_helpers_on_app_request_and_response_and_on_express_request_on_every_node():
    """fresh24c-esm-proto-helpers: `app.response.success = function (data) {...}` threw in main (the runtime's
    app had no `request`/`response`), and a getter a module defined on `express.request` as it loaded was
    missing on a node that had not run main (`req.wantsJson` undefined there)."""
    with service("""
const tally = { success: 0, lookups: 0 };
app.response.success = function (data) { tally.success++; return this.status(200).json({ ok: true, data }); };
Object.defineProperty(app.request, 'user', {
  configurable: true,
  get() {
    if (this._user === undefined) { tally.lookups++; this._user = this.get('x-user') || null; }
    return this._user;
  },
});
Object.defineProperty(express.request, 'wantsJson', {
  configurable: true,
  get() { return this.accepts(['html', 'json']) === 'json'; },
});
app.get('/me', async (req, res) => {
  const first = req.user;
  await new Promise((resolve) => setImmediate(resolve));
  res.success({ user: first, again: req.user, json: req.wantsJson, own: Object.keys(app.response) });
});
app.get('/tally', (req, res) => res.json(tally));""") as svc:
        for _ in range(2):  # each on either isolate
            me = svc.request("GET", "/me", headers={"x-user": "ada", "accept": "application/json"})
            assert me.json() == {"ok": True, "data": {"user": "ada", "again": "ada", "json": True, "own": ["app", "success"]}}
        assert svc.request("GET", "/tally").json() == {"success": 2, "lookups": 2}


def test_req_fresh_checks_if_modified_since_and_the_apps_etag_function_makes_the_etag():
    """fresh24c-etag-conditional: `req.fresh` looked only at If-None-Match (a request with If-Modified-Since
    equal to Last-Modified answered 200 where Express answers 304), and `app.set('etag', fn)` was taken as
    "make a weak ETag": the program's function was never called."""
    with service("""
let hashed = 0;
app.set('etag', (body, encoding) => `"h${++hashed}-${Buffer.isBuffer(body) && encoding === undefined ? body.length : -1}"`);
app.get('/page', (req, res) => {
  res.set('Last-Modified', 'Thu, 01 Jan 2026 00:01:00 GMT').set('ETag', '"p1"');
  if (req.fresh) return res.status(304).end();
  res.send('page');
});
app.get('/list', (req, res) => res.json({ hashed }));""") as svc:
        since = lambda date: svc.request("GET", "/page", headers={"if-modified-since": date}).status
        assert [since("Thu, 01 Jan 2026 00:01:00 GMT"), since("Thu, 01 Jan 2026 00:00:30 GMT")] == [304, 200]
        both = svc.request("GET", "/page", headers={"if-none-match": '"p1"', "if-modified-since": "Thu, 01 Jan 2026 00:00:30 GMT"})
        assert both.status == 200
        assert svc.request("GET", "/page", headers={"if-none-match": '"x", "p1"'}).status == 304
        first = svc.request("GET", "/list")
        assert (first.header("ETag"), first.json()) == ('"h1-12"', {"hashed": 0})
        assert svc.request("GET", "/list", headers={"if-none-match": '"h2-12"'}).status == 304


def test_an_on_headers_listener_of_a_stateful_middleware_fires_after_an_await():
    """fresh24c-esm-idempotent-quota: a quota middleware (it writes module state, so it is not run again where
    the response arrives) sets X-Quota-Remaining with on-headers; the package's wrapper of `res.writeHead`
    could not travel, and a handler answering after an await answered without the header."""
    files = {"app.js": HEAD + """
const onHeaders = require('on-headers');
const left = new Map();
app.use((req, res, next) => {
  const key = req.get('x-api-key');
  if (!left.has(key)) left.set(key, 3);
  onHeaders(res, function () { this.setHeader('X-Quota-Remaining', String(left.get(key) - (this.statusCode < 400 ? 1 : 0))); });
  onHeaders(res, function () { this.setHeader('X-Order', (this.getHeader('X-Order') || '') + 'second-added-first'); });
  res.on('finish', () => { if (res.statusCode < 400) left.set(key, left.get(key) - 1); });
  next();
});
app.get('/pay', async (req, res) => {
  await new Promise((resolve) => setImmediate(resolve));
  res.status(req.query.fail ? 402 : 201).json({ ok: !req.query.fail });
});""" + END, "package.json": '{"dependencies": {"express": "^4.21.2", "on-headers": "^1.0.2"}}'}
    with LocalService(files, nodes=2) as svc:
        got = [svc.request("GET", path, headers={"x-api-key": "k"}) for path in ("/pay", "/pay?fail=1", "/pay")]
        assert [(a.status, a.header("X-Quota-Remaining")) for a in got] == [(201, "2"), (402, "2"), (201, "1")]
        assert got[0].header("X-Order") == "second-added-first"
