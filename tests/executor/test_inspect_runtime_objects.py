"""util.inspect of the runtime's own objects as Node.js 20 shows them. Its promises (executor/runtime/promise.js keeps a promise's state in own
fields): Node shows the state, `Promise { 4 }`, `Promise { <rejected> ... }`, `Promise { <pending> }`,
where the fields themselves were shown (`Promise { <pending>, _state: 'fulfilled', _value: 4, ... }`).
AbortSignal and AbortController keep their state in hidden fields and showed `AbortSignal {}`; Headers
too (`Headers {}` for undici's `Headers { b: '2', a: '1, 3' }`). The answers are Node.js 20's."""
from tests.executor.runtime_harness import LocalService

APP = r"""
const express = require('express');
const util = require('node:util');
const app = express();
app.get('/inspect', async (req, res) => {
  const done = Promise.resolve({ a: [1, 2] });
  const failed = Promise.reject(new RangeError('nope'));
  failed.catch(() => {});
  const waiting = new Promise(() => {});
  const tagged = Object.assign(Promise.resolve(1), { note: 'x' });
  res.json([
    util.inspect(done), util.inspect(failed).split('\n')[0], util.inspect(waiting), util.inspect(tagged),
    util.format('%o', Promise.resolve('s')), util.inspect({ inner: Promise.resolve(2) }),
  ]);
});
app.get('/web', (req, res) => {
  const h = new Headers({ b: '2', a: '1' });
  h.append('a', '3');
  res.json([util.inspect(h), util.inspect(new Headers()), util.inspect(AbortSignal.abort()),
    util.inspect(new AbortController()), util.inspect({ s: new AbortController().signal }, { depth: 0 }),
    util.inspect(new AbortController(), { depth: 0 })]);
});
module.exports = app;
"""

NODE_WEB = ["Headers { b: '2', a: '1, 3' }", "Headers {}", "AbortSignal { aborted: true }",
            "AbortController { signal: AbortSignal { aborted: false } }", "{ s: [AbortSignal] }",
            "AbortController [Object]"]

NODE = ["Promise { { a: [ 1, 2 ] } }", "Promise {", "Promise { <pending> }", "Promise { 1, note: 'x' }",
        "Promise { 's' }", "{ inner: Promise { 2 } }"]


def test_inspect_shows_a_runtime_promise_as_node_does():
    with LocalService({"app.js": APP}, nodes=1) as svc:
        assert svc.request("GET", "/inspect").json() == NODE


def test_inspect_shows_signals_controllers_and_headers_as_node_does():
    with LocalService({"app.js": APP}, nodes=1) as svc:
        assert svc.request("GET", "/web").json() == NODE_WEB
