"""A value stored in a property (`fn.cache = cache`, `state.inner = map`) is part of what holds it."""
from .helpers import same_group, stateful, write_lines

LIMITER = """
    const express = require('express');
    function rateLimit() {
      const buckets = new Map();
      const middleware = (req, res, next) => {
        buckets.set(req.query.k, (buckets.get(req.query.k) || 0) + 1);
        next();
      };
      middleware.buckets = buckets;
      return middleware;
    }
    const limiter = rateLimit();
    const app = express();
    app.post('/reset/:k', (req, res) => {
      limiter.buckets.delete(req.params.k);
      res.end();
    });
    app.get('/count/:k', (req, res) => res.json(limiter.buckets.get(req.params.k) ?? 0));
    app.use(limiter);
"""


def test_a_closure_variable_set_as_a_property_of_the_returned_function_is_written_through_it():
    assert ("post_reset_k", 14) in write_lines(LIMITER, "buckets")


def test_the_closure_and_the_routes_that_reach_its_variable_through_the_property_share_a_group():
    assert same_group(LIMITER, 4, 13, 17)


INNER = """
    const express = require('express');
    const app = express();
    const hits = new Map();
    const state = {};
    state.hits = hits;
    app.post('/hit/:k', (req, res) => {
      state.hits.set(req.params.k, (state.hits.get(req.params.k) || 0) + 1);
      res.end();
    });
    app.get('/hits/:k', (req, res) => res.json(hits.get(req.params.k) ?? 0));
"""


def test_a_value_assigned_to_a_property_is_written_through_that_property():
    assert write_lines(INNER, "hits") == {("post_hit_k", 7)}


def test_its_readers_by_name_share_the_writers_group():
    assert stateful(INNER, 10) and same_group(INNER, 6, 10)


MEMO = """
    const express = require('express');
    const app = express();
    function fib(n) {
      if (n < 2) return n;
      if (!fib.cache.has(n)) fib.cache.set(n, fib(n - 1) + fib(n - 2));
      return fib.cache.get(n);
    }
    fib.cache = new Map();
    app.get('/fib/:n', (req, res) => res.json({ value: fib(Number(req.params.n)) }));
    app.get('/cached', (req, res) => res.json({ size: fib.cache.size }));
    app.delete('/cached', (req, res) => { fib.cache.clear(); res.end(); });
"""


def test_a_cache_kept_on_a_function_is_shared_by_its_users():
    assert same_group(MEMO, 9, 10, 11)
