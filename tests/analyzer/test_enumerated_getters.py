"""An object literal's getter is an own, enumerable property: serialising the object (`res.json(gauge)`,
`JSON.stringify`), spreading it (`{ ...gauge }`), `Object.values`/`entries` and `Object.assign` from it read
it, and so run the getter. Only explicit reads (`gauge.now`, `const { now } = gauge`) were taken to run it, so
a getter counting or caching (`get now() { return ++gauge.ticks; }`, `get total() { return this._total ??=
...; }`) wrote module state in a handler analysed as stateless (a fresh25c probe)."""
import pytest

from .helpers import graph

SOURCE = """
    const express = require('express');
    const app = express();
    const gauge = { ticks: 0, get now() { return ++gauge.ticks; } };
    const report = { rows: [1, 2], get total() { return this._total ??= this.rows.reduce((a, b) => a + b, 0); } };
    app.get('/r', (req, res) => { READ; });
    module.exports = app;
"""


def writers(read, name):
    found = [v for v in graph({"app.js": SOURCE.replace("READ", read)})["variables"] if v["name"] == name]
    return {w["fluxion"] for v in found for w in v.get("writes", [])}


@pytest.mark.parametrize("read", [
    "res.json(gauge)",
    "res.send(JSON.stringify({ gauge }))",
    "res.json({ copy: { ...gauge } })",
    "res.json(Object.values(gauge))",
    "res.json(Object.entries(gauge))",
    "res.json(Object.assign({}, gauge))",
])
def test_reading_every_property_runs_a_literals_getter(read):
    assert writers(read, "gauge") == {"get_r"}


def test_a_caching_getter_serialised_writes_its_object():
    assert writers("res.json(report)", "report") == {"get_r"}


def test_keys_run_no_getter():
    assert writers("res.json(Object.keys(gauge))", "gauge") == set()
