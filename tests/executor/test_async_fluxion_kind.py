"""A fluxion written `async` is compiled to a plain function returning a promise (analyzer/asyncsplit.py);
it stays an AsyncFunction for the program (executor/runtime/core.js tagFluxion, the `kind` of
executor/deploy.py's fluxion config): an asyncHandler that wraps only handlers whose
`fn.constructor.name === 'AsyncFunction'` left the rejection of an async handler unhandled
(fresh27c-async-handler-detect). The answers are Node.js 20's."""
from tests.executor.runtime_harness import LocalService

APP = r"""
const express = require('express');
const util = require('node:util');
const app = express();
const kinds = [];
const wrap = (fn) => {
  kinds.push([fn.constructor.name, Object.prototype.toString.call(fn), util.types.isAsyncFunction(fn), fn instanceof Function]);
  return fn.constructor.name === 'AsyncFunction' ? (req, res, next) => fn(req, res, next).catch(next) : fn;
};
app.get('/fail', wrap(async (req, res) => {
  await null;
  throw new Error('nope');
}));
app.get('/sync', wrap((req, res) => res.json('sync')));
app.get('/kinds', wrap(function kindsHandler(req, res) { res.json(kinds); }));
app.use((err, req, res, next) => res.status(418).json({ error: err.message }));
module.exports = app;
"""


def test_an_async_handler_is_an_async_function():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        failed = svc.request("GET", "/fail")
        assert (failed.status, failed.json()) == (418, {"error": "nope"})
        assert svc.request("GET", "/sync").json() == "sync"
        assert svc.request("GET", "/kinds").json() == [
            ["AsyncFunction", "[object AsyncFunction]", True, True],
            ["Function", "[object Function]", False, True],
            ["Function", "[object Function]", False, True]]
