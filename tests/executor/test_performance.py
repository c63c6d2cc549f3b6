"""`performance` and node:perf_hooks (runtime/node_globals.js): the isolate's clock, marks and
measures, and a clear error for what perf_hooks does not provide. tests/services/node-core-modules
runs `performance.now()` on real nodes against Node.js, and while its units move between two
nodes (the clock counts from the deployment in every isolate: the time a sleep took, measured
before and after it on two nodes, is not negative)."""
import pytest

from tests.executor.runtime_harness import LocalService

pytestmark = [pytest.mark.executor]

APP = """
const express = require('express');
const { performance } = require('node:perf_hooks');
const app = express();
app.get('/marks', (req, res) => {
  performance.mark('start', { detail: { route: 'marks' } });
  const m = performance.measure('all', 'start');
  let missing = null;
  try { performance.measure('bad', 'nope'); } catch (err) { missing = err.name; }
  const marks = performance.getEntriesByType('mark').map((e) => [e.name, e.detail]);
  performance.clearMarks('start');
  res.json({ same: performance === globalThis.performance, measured: [m.name, m.entryType, m.duration >= 0],
             missing, marks, left: performance.getEntriesByName('start').length,
             clock: performance.now() >= 0 && performance.timeOrigin > 0 });
});
app.get('/observer', (req, res) => {
  try { require('perf_hooks').PerformanceObserver; res.json({ thrown: null }); }
  catch (err) { res.json({ thrown: err.message }); }
});
module.exports = app;
"""


def test_marks_and_measures():
    with LocalService({"app.js": APP}, nodes=1) as svc:
        assert svc.request("GET", "/marks").json() == {
            "same": True, "measured": ["all", "measure", True], "missing": "SyntaxError",
            "marks": [["start", {"route": "marks"}]], "left": 0, "clock": True}


def test_what_perf_hooks_lacks_says_so():
    with LocalService({"app.js": APP}, nodes=1) as svc:
        assert svc.request("GET", "/observer").json() == \
            {"thrown": "perf_hooks.PerformanceObserver is not available in Liquefy (only performance is)"}

