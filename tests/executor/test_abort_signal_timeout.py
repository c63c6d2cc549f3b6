"""AbortSignal.timeout (executor/runtime/abort.js) on a live stack of two nodes: its timer's
message aborts the signal and runs its listeners, and a copy of the signal another message
holds (the handler's own after an await, a retry loop's `throwIfAborted()`, AbortSignal.any's
signal) shows the abort once its deadline passed. The answers are Node.js 20's."""
import httpx
import pytest

from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

APP = r"""
const express = require('express');
const app = express();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
app.get('/after-await', async (req, res) => {
  const s = AbortSignal.timeout(100);
  const before = [s.aborted, s.reason];
  await sleep(400);
  res.json([before, s.aborted, s.reason && s.reason.name, s.reason && s.reason.message]);
});
app.get('/retry-loop', async (req, res) => {
  const s = AbortSignal.timeout(300);
  let tries = 0;
  try {
    for (;;) { s.throwIfAborted(); tries++; await sleep(50); if (tries > 100) break; }
    res.json(['never', tries]);
  } catch (e) { res.json([e.name, e.code, tries > 1 && tries < 20]); }
});
app.get('/listener', async (req, res) => {
  const s = AbortSignal.timeout(100);
  const got = [];
  s.addEventListener('abort', (e) => got.push(e.type));
  await sleep(400);
  res.json([got, s.aborted]);
});
app.get('/any', async (req, res) => {
  const c = new AbortController();
  const s = AbortSignal.any([c.signal, AbortSignal.timeout(100)]);
  await sleep(400);
  res.json([s.aborted, s.reason && s.reason.name, c.signal.aborted]);
});
app.get('/race', async (req, res) => {
  const s = AbortSignal.timeout(100);
  const work = new Promise((resolve, reject) => {
    const t = setTimeout(() => resolve('done'), 2000);
    s.addEventListener('abort', () => { clearTimeout(t); reject(s.reason); }, { once: true });
  });
  try { res.json(await work); } catch (e) { res.status(504).json([e.name, e.code]); }
});
app.get('/bad', (req, res) => {
  const out = [];
  for (const d of ['5', -1, 1.5]) { try { AbortSignal.timeout(d); } catch (e) { out.push([e.name, e.code, e.message]); } }
  res.json(out);
});
module.exports = app;
"""

NODE_ANSWERS = {
    "/after-await": [[False, None], True, "TimeoutError", "The operation was aborted due to timeout"],
    "/retry-loop": ["TimeoutError", 23, True],
    "/listener": [["abort"], True],
    "/any": [True, "TimeoutError", False],
    "/race": ["TimeoutError", 23],
    "/bad": [["TypeError", "ERR_INVALID_ARG_TYPE", "The \"delay\" argument must be of type number. Received type string ('5')"],
             ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"delay\" is out of range. It must be >= 0 && <= 4294967295. Received -1"],
             ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"delay\" is out of range. It must be an integer. Received 1.5"]],
}


def test_abort_signal_timeout_as_node():
    with LiquefyStack(nodes=["to1", "to2"]) as stack, httpx.Client(timeout=30) as http:
        stack.deploy("timeouts", {"app.js": APP.encode()})
        got = {path: http.get(stack.url("timeouts", path)).json() for path in NODE_ANSWERS}
    assert got == NODE_ANSWERS
