"""`const stop = subscribe(fn)` at a module's top level, where `subscribe` of another module keeps `fn` in
its module's Set and returns `() => subscribers.delete(fn)`: calling `stop()` in a handler changes that Set
with the `fn` the arrow keeps, so the arrow travels with the Set (`stop()` writes `stop`), its `fn` the
one in the Set. Before, `stop` was main's value, its `fn` a copy the Set did not hold: `delete` answered
false and the subscriber stayed (fresh23b-tick-order)."""
from .helpers import graph

FILES = {
    "bus.js": """
const subscribers = new Set();
function subscribe(fn) {
  subscribers.add(fn);
  return () => subscribers.delete(fn);
}
function publish(e) { for (const fn of subscribers) fn(e); }
module.exports = { subscribe, publish };
""",
    "app.js": """
const express = require('express');
const bus = require('./bus');
const seen = [];
const stop = bus.subscribe((e) => seen.push(e));
const app = express();
app.post('/pub', (req, res) => { bus.publish(1); res.json(seen); });
app.post('/stop', (req, res) => { res.json({ removed: stop() }); });
module.exports = app;
""",
}


def test_calling_the_unsubscribe_closure_writes_its_holder():
    g = graph(FILES)
    stop = [v for v in g["variables"] if v["name"] == "stop"]
    assert stop and {w["fluxion"] for v in stop for w in v.get("writes", [])} == {"post_stop"}
    assert {v["kind"] for v in stop} == {"scope"}  # state of post_stop's unit, with `subscribers`
