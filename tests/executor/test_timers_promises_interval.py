"""timers/promises' `setInterval` (runtime/timers.js, Interval): an async iterator whose ticks are
timers, carried by a `for await` written out as a loop (analyzer/forawait.py), stopped by its signal.
tests/services/fresh20-esm-metrics-flush compares a flush loop over it with Node.js."""
from tests.executor.runtime_harness import LocalService

APP = """
const express = require('express');
const { setInterval } = require('node:timers/promises');
const app = express();
app.get('/ticks/:n', async (req, res) => {
  const seen = [];
  for await (const v of setInterval(20, 'tick')) {
    seen.push(v);
    if (seen.length === Number(req.params.n)) break;
  }
  res.json(seen);
});
app.get('/aborted', async (req, res) => {
  const controller = new AbortController();
  let n = 0;
  try {
    for await (const _ of setInterval(10, null, { signal: controller.signal })) {
      if (++n === 2) controller.abort();
    }
  } catch (e) {
    return res.json({ n, name: e.name, code: e.code, listeners: controller.signal._listeners.length });
  }
  res.json({ n });
});
app.get('/bad', async (req, res) => {
  const ticks = setInterval(10, null, { signal: 'no' });  // made; its first next() rejects, as in Node
  try { await ticks.next(); } catch (e) { return res.json(e.code); }
  res.json('accepted');
});
app.listen(3000);
"""


def test_each_tick_is_a_value_of_the_loop():
    assert LocalService({"app.js": APP}, nodes=2).request("GET", "/ticks/3").json() == ["tick", "tick", "tick"]


def test_the_signal_stops_the_loop_with_an_abort_error_and_keeps_no_listener_of_past_ticks():
    answer = LocalService({"app.js": APP}, nodes=2).request("GET", "/aborted").json()
    assert answer == {"n": 2, "name": "AbortError", "code": "ABORT_ERR", "listeners": 0}


def test_a_signal_that_is_no_abort_signal_rejects_the_first_tick():
    assert LocalService({"app.js": APP}, nodes=1).request("GET", "/bad").json() == "ERR_INVALID_ARG_TYPE"
