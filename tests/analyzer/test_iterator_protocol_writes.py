"""Iterating an object of the program runs its `[Symbol.iterator]` (and the `next`/`return` of an object that is its
own iterator): a write there (`*[Symbol.iterator]() { this.reads++; ... }`, `next() { hits.n++; ... }`) is a write of
the code iterating, wherever it iterates (for..of, spread, destructuring, Array.from, new Set, Promise.all). These
writes were seen nowhere, so a handler that only iterated left the counters as main's snapshot had them (found by
the fresh22b round's probes)."""
import pytest

from .helpers import graph

DECLS = {
    "literal": "const hits = { n: 0 }; const bag = { *[Symbol.iterator]() { hits.n++; yield 1; } };",
    "class_this": "class Bag { reads = 0; *[Symbol.iterator]() { this.reads++; yield 1; } } const bag = new Bag(); const hits = bag;",
    "own_iterator": "const hits = { n: 0 }; const bag = { [Symbol.iterator]() { return this; }, "
                    "next() { hits.n++; return { done: true }; } };",
}
USES = ["for (const x of bag) {}", "const all = [...bag]", "const [first] = bag", "Array.from(bag)", "new Set(bag)",
        "Promise.all(bag)"]


@pytest.mark.parametrize("decl", sorted(DECLS))
@pytest.mark.parametrize("use", USES)
def test_iterating_a_program_object_runs_its_iterator(decl, use):
    source = f"""
        'use strict';
        const express = require('express');
        const app = express();
        {DECLS[decl]}
        app.get('/w', (req, res) => {{ {use}; res.json(1); }});
        app.get('/r', (req, res) => res.json(String(hits)));
        module.exports = app;
    """
    found = [v for v in graph({"app.js": source})["variables"] if v["name"] == "hits"]
    assert {w["fluxion"] for v in found for w in v.get("writes", [])} == {"get_w"}
