"""`const { next: id } = ids` where `ids` has `get next() { counter += 1; return counter; }`:
destructuring reads the property, so the getter runs and changes `counter`. Only a member read
(`ids.next`) ran a getter, so the handler was stateless and each id came from main's counter
while units moved (fresh14-implicit-calls)."""
from .helpers import graph, same_group

GETTER = {
    "app.js": """
        const express = require('express');
        const ids = require('./ids');
        const app = express();
        app.post('/items', (req, res) => {
          const { next: id } = ids;
          res.status(201).json({ id });
        });
        app.get('/issued', (req, res) => res.json(ids.issued));
        module.exports = app;
    """,
    "ids.js": """
        let counter = 0;
        module.exports = {
          get next() { counter += 1; return counter; },
          get issued() { return counter; },
        };
    """,
}


def test_destructuring_a_getter_runs_it():
    counter = [v for v in graph(GETTER)["variables"] if v["name"] == "counter"][0]
    assert "post_items" in {w["fluxion"] for w in counter["writes"]}
    assert same_group(GETTER, "post_items", "get_issued")
