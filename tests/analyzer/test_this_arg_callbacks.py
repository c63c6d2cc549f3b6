"""A function handed to an array method with a `thisArg` (`items.forEach(addTo, totals)`, `list.map(function (x) {
this.n += x; ... }, totals)`) writes the thisArg through `this`. That write was seen nowhere: `totals` stayed a
read-only module value, its reader took main's snapshot (fresh18-thisarg-tallies passed only because another write
put `totals` in the same unit; the fresh22b round's probes found it)."""
from .helpers import graph

TEMPLATE = """
    'use strict';
    const express = require('express');
    const app = express();
    const totals = { n: 0 };
    function addTo(x) { this.n += x; }
    function record(items) { CALL; }
    app.post('/w', (req, res) => { record([1, 2]); res.json(1); });
    app.get('/r', (req, res) => res.json(totals));
    module.exports = app;
"""


def totals_writers(call):
    found = [v for v in graph({"app.js": TEMPLATE.replace("CALL", call)})["variables"] if v["name"] == "totals"]
    return {w["fluxion"] for v in found for w in v.get("writes", [])}


def test_a_named_function_with_a_this_arg():
    assert totals_writers("items.forEach(addTo, totals)") == {"post_w"}


def test_a_function_expression_with_a_this_arg():
    assert totals_writers("items.map(function (x) { this.n += x; return x; }, totals)") == {"post_w"}


def test_an_arrow_ignores_the_this_arg():
    assert totals_writers("items.forEach((x) => x, totals)") == set()


def test_array_from_with_a_this_arg():
    assert totals_writers("Array.from(items, function (x) { this.n += x; return x; }, totals)") == {"post_w"}
