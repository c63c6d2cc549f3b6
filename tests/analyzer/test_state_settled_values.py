"""What a promise settles to reaches the callback of its `then`: the value a `new Promise`'s
executor resolves it with, and each name of a pattern destructuring a `Promise.all` result."""
from .helpers import fluxion, same_group

RESOLVED = """
    const express = require('express');
    const app = express();
    const stats = { n: 0 };
    const items = [];
    app.post('/a', (req, res) => { new Promise((r) => r(stats)).then((s) => { s.n++; }); res.end(); });
    app.post('/b', (req, res) => { Promise.all([items, stats]).then(([l, s]) => { l.push(1); }); res.end(); });
    app.post('/c', (req, res) => {
      new Promise((resolve) => setImmediate(() => resolve(items))).then((list) => list.push(2));
      res.end();
    });
    app.get('/r', (req, res) => res.json([items, stats]));
"""


def test_the_value_an_executor_resolves_with_reaches_then():
    assert fluxion(RESOLVED, "then_5")["group"] is not None
    assert same_group(RESOLVED, "then_5", 11)


def test_a_pattern_destructuring_promise_all_gets_its_elements():
    assert fluxion(RESOLVED, "then_6")["group"] is not None
    assert same_group(RESOLVED, "then_6", 11)


def test_a_resolve_called_later_in_the_executor_settles_it_too():
    assert fluxion(RESOLVED, "then_8")["group"] is not None
    assert same_group(RESOLVED, "then_8", 11)
