"""An emitter's listeners called by the code that lists them, not by `emit`: `for (const l of
bus.rawListeners(event)) l.call(bus, payload)`, an index loop over `bus.listeners(event)`, an "emitAsync"
(`await Promise.all(bus.listeners(e).map((l) => l(payload)))`). A listener of another module writing its
module's totals ran nowhere the analysis saw, so the totals were no state of the route: the write was
lost on the next message (found probing fresh23b's theme)."""
from .helpers import graph

FILES = {
    "bus.js": """
const { EventEmitter } = require('node:events');
const bus = new EventEmitter();
function emitSeq(event, payload) {
  CALL
}
module.exports = { bus, emitSeq };
""",
    "stats.js": """
const { bus } = require('./bus');
const totals = { shipped: [] };
bus.on('ship', function (o) { totals.shipped.push(o.id); });
module.exports = { getTotals: () => ({ ...totals }) };
""",
    "app.js": """
const express = require('express');
const { emitSeq } = require('./bus');
const { getTotals } = require('./stats');
const app = express();
app.post('/ship/:id', (req, res) => { emitSeq('ship', { id: req.params.id }); res.json({ ok: true }); });
app.get('/totals', (req, res) => res.json(getTotals()));
module.exports = app;
""",
}


def totals_writers(call):
    files = dict(FILES, **{"bus.js": FILES["bus.js"].replace("CALL", call)})
    return {w["fluxion"] for v in graph(files)["variables"] if v["name"] == "totals" for w in v.get("writes", [])}


def test_listeners_called_in_a_for_of_over_raw_listeners():
    assert totals_writers("for (const l of bus.rawListeners(event)) l.call(bus, payload);") == {"post_ship_id"}


def test_listeners_called_in_a_for_of_over_listeners():
    assert totals_writers("for (const l of bus.listeners(event)) l(payload);") == {"post_ship_id"}


def test_listeners_called_by_index():
    assert totals_writers("const ls = bus.listeners(event); for (let i = 0; i < ls.length; i++) ls[i](payload);") \
        == {"post_ship_id"}
