"""A getter of an object literal is read, not handed: `res.json([...book.seen])` with `const book = { _seen: new
Set(), get seen() { return this._seen; } }` spread what the getter returns. The members of a literal were taken
with their getters as values, so the getter was a function handed to `res.json`, made a fluxion of its own, and a
service whose getter's object was state failed to deploy ("the method seen keeps state and is given as a handler
or callback": found by a fresh25c probe)."""
from .helpers import graph

SOURCE = """
    const express = require('express');
    const app = express();
    const book = { _seen: new Set(), get seen() { return this._seen; } };
    app.post('/seen/:x', (req, res) => { book.seen.add(req.params.x); res.json(SPREAD); });
    module.exports = app;
"""


def fluxion_ids(spread):
    return [f["id"] for f in graph({"app.js": SOURCE.replace("SPREAD", spread)})["fluxions"]]


def test_a_getter_spread_into_an_answer_is_no_callback():
    assert fluxion_ids("[...book.seen]") == ["main", "post_seen_x"]
    assert fluxion_ids("[book.seen]") == ["main", "post_seen_x"]


HOOKS = """
    const express = require('express');
    const app = express();
    const seen = [];
    const hookList = [(x) => seen.push(x)];
    const registry = { get hooks() { return hookList; } };
    app.post('/h/:x', (req, res) => { for (const fn of registry.hooks) fn(req.params.x); res.end(); });
    app.get('/h', (req, res) => res.json(seen));
    module.exports = app;
"""


def test_the_functions_a_getter_returns_are_still_found():
    writers = {w["fluxion"] for v in graph({"app.js": HOOKS})["variables"] if v["name"] == "seen"
               for w in v.get("writes", [])}
    assert writers == {"post_h_x"}
