"""`process.on('custom', fn)` in main and `process.emit('custom', x)` in a handler: Node.js runs the
listener synchronously inside `emit`. The runtime's `process.on` kept nothing and its `emit` answered
false, so the listener never ran (fresh26b-order-hooks: a refund through `process.emit` never took the
points back); the analysis made the listener a fluxion nothing started, instead of code `emit` runs.
Main's listeners travel in its snapshot, so an isolate that loaded it runs them too."""
from analyzer import analyze_files
from tests.executor.runtime_harness import LocalService

FILES = {
    "app.js": """const express = require('express');
const points = require('./points');
const app = express();
app.post('/earn/:n', (req, res) => {
  process.emit('points:add', Number(req.params.n));
  res.json({ total: points.total() });
});
app.post('/once', (req, res) => {
  const ran = process.emit('points:bonus');
  res.json({ ran, again: process.emit('points:bonus'), total: points.total(), left: process.listenerCount('points:bonus') });
});
module.exports = app;
""",
    "points.js": """let total = 0;
process.on('points:add', (n) => { total += n; });
process.once('points:bonus', () => { total += 100; });
process.on('SIGTERM', () => { total = -1; });
module.exports = { total: () => total };
""",
}


def test_a_custom_process_event_runs_its_listener_inside_emit():
    with LocalService(FILES, nodes=2) as svc:  # each message in the next isolate
        earned = [svc.request("POST", "/earn/%d" % n).json() for n in (2, 3, 4)]
        bonus = svc.request("POST", "/once").json()
        after = svc.request("POST", "/earn/1").json()
    assert earned == [{"total": 2}, {"total": 5}, {"total": 9}]
    assert bonus == {"ran": True, "again": False, "total": 109, "left": 0}
    assert after == {"total": 110}


def test_the_emitting_handler_writes_what_the_listener_writes():
    graph = analyze_files(FILES).graph
    ids = {f["id"] for f in graph["fluxions"]}
    assert not ids & {"on_2", "once_3"}, ids  # none for 'points:add' or 'points:bonus' (SIGTERM's stays)
    total = next(v for v in graph["variables"] if v["name"] == "total")
    assert {w["fluxion"] for w in total["writes"]} >= {"post_earn_n", "post_once"}


REGISTERED_BY_REQUESTS = {"app.js": """const express = require('express');
const app = express();
const seen = [];
app.post('/sub/:name', (req, res) => {
  process.on('app:ping', (x) => seen.push(req.params.name + ':' + x));
  res.json({ n: process.listenerCount('app:ping') });
});
app.post('/ping/:x', (req, res) => { process.emit('app:ping', req.params.x); res.json({ seen }); });
module.exports = app;
"""}


def test_a_listener_a_request_registers_is_state_of_the_program():
    # the table of the service's own listeners is a global variable of the program: a listener
    # registered in one isolate runs on an emit in the other
    with LocalService(REGISTERED_BY_REQUESTS, nodes=2) as svc:
        got = [svc.request("POST", p).json() for p in ["/sub/a", "/ping/1", "/sub/b", "/ping/2"]]
    assert got == [{"n": 1}, {"seen": ["a:1"]}, {"n": 2}, {"seen": ["a:1", "a:2", "b:2"]}]
