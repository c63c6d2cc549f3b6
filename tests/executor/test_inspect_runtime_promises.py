"""util.inspect of the runtime's promises (executor/runtime/promise.js keeps a promise's state in own
fields): Node shows the state, `Promise { 4 }`, `Promise { <rejected> ... }`, `Promise { <pending> }`,
where the fields themselves were shown (`Promise { <pending>, _state: 'fulfilled', _value: 4, ... }`).
The answers are Node.js 20's."""
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
module.exports = app;
"""

NODE = ["Promise { { a: [ 1, 2 ] } }", "Promise {", "Promise { <pending> }", "Promise { 1, note: 'x' }",
        "Promise { 's' }", "{ inner: Promise { 2 } }"]


def test_inspect_shows_a_runtime_promise_as_node_does():
    with LocalService({"app.js": APP}, nodes=1) as svc:
        assert svc.request("GET", "/inspect").json() == NODE
