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
