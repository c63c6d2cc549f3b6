"""Listeners registered from a table of arrays of functions, in another module than the `emit`:
`for (const [type, fns] of Object.entries(handlers)) for (const fn of fns) bus.on(type, fn)`, or
`bus.on('Opened', handlers.Opened[0])`. The inner loop's `fn` (an element of an element of the table)
and the indexed member named no function, so a projection's `balances.set(...)` ran nowhere and the map
was no state of the route that emits: it came back empty (fresh23b-esm-projections)."""
from .helpers import graph

FILES = {
    "package.json": '{"type": "module"}',
    "bus.js": """
import { EventEmitter } from 'node:events';
export const bus = new EventEmitter();
export function record(type, data) { const e = { type, ...data }; bus.emit(type, e); return e; }
""",
    "projections.js": """
import { bus } from './bus.js';
export const balances = new Map();
const handlers = { Opened: [(e) => balances.set(e.id, 0)], Closed: [(e) => balances.delete(e.id)] };
REGISTER
""",
    "app.js": """
import express from 'express';
import { record } from './bus.js';
import * as read from './projections.js';
const app = express();
app.post('/open/:id', (req, res) => { record('Opened', { id: req.params.id }); res.json({ ok: true }); });
app.get('/state', (req, res) => res.json(Object.fromEntries(read.balances)));
export default app;
""",
}


def balances_writers(register):
    files = dict(FILES, **{"projections.js": FILES["projections.js"].replace("REGISTER", register)})
    found = [v for v in graph(files)["variables"] if v["name"] == "balances"]
    return {w["fluxion"] for v in found for w in v.get("writes", [])}


def test_listeners_from_a_nested_loop_over_a_table_of_arrays():
    assert "post_open_id" in balances_writers(
        "for (const [type, fns] of Object.entries(handlers)) {\n  for (const fn of fns) bus.on(type, fn);\n}")


def test_a_listener_picked_by_index_from_a_table():
    assert "post_open_id" in balances_writers("bus.on('Opened', handlers.Opened[0]);")


def test_a_flat_loop_over_one_array_already_worked():
    assert "post_open_id" in balances_writers("for (const fn of handlers.Opened) bus.on('Opened', fn);")
