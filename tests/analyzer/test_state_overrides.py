"""A user may declare a write read-only ("read-only here: replicate"): an override keyed by
the write's file:line:column, as the graph's `writes` give it."""
from analyzer import analyze_source

from .helpers import js, stateful

CACHE = js("""
    const express = require('express');
    const app = express();
    const memo = new Map();
    function fib(n) {
      if (n < 2) return n;
      if (!memo.has(n)) memo.set(n, fib(n - 1) + fib(n - 2));
      return memo.get(n);
    }
    app.get('/fib/:n', (req, res) => res.json(fib(Number(req.params.n))));
""")


def graph_with(overrides):
    return analyze_source(CACHE, overrides=overrides).graph


def test_each_write_has_the_key_of_its_override():
    memo = next(v for v in graph_with({})["variables"] if v["name"] == "memo")
    assert [w["key"] for w in memo["writes"]] == ["app.js:6:20"]


def test_a_write_declared_read_only_no_longer_makes_its_fluxion_stateful():
    assert stateful(graph_with({}), 9)
    assert not stateful(graph_with({"app.js:6:20": "read-only"}), 9)


def test_an_override_elsewhere_changes_nothing():
    assert stateful(graph_with({"app.js:7:2": "read-only"}), 9)


METHOD = js("""
    const express = require('express');
    const app = express();
    class Stats {
      constructor() { this.hits = 0; }
      hit() { this.hits += 1; }
    }
    const stats = new Stats();
    app.get('/', (req, res) => { stats.hit(); res.end(); });
""")


def test_a_write_found_through_a_method_is_declared_read_only_where_it_is_written():
    written = next(v for v in analyze_source(METHOD).graph["variables"] if v["name"] == "stats")["writes"]
    assert [w["key"] for w in written] == ["app.js:5:10"]
    assert not stateful(analyze_source(METHOD, overrides={"app.js:5:10": "read-only"}).graph, 8)
