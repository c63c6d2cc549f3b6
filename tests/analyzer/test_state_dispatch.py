"""Functions called through an element of an array handed to a function: a hand-written
`compose` of middleware (tests/services/fresh5-compose-pipeline)."""
from .helpers import same_group, write_lines

COMPOSE = """
    const express = require('express');
    const app = express();
    const audit = [];
    function compose(middleware) {
      return function run(ctx) {
        const step = (i) => {
          const fn = middleware[i];
          return fn ? fn(ctx, () => step(i + 1)) : undefined;
        };
        return step(0);
      };
    }
    const catalog = { audit: (ctx, next) => { audit.push(ctx.user); next(); } };
    const first = (ctx, next) => next();
    const plugins = ['audit'];
    const handle = compose([first, ...plugins.map((n) => catalog[n])]);
    app.post('/say', (req, res) => { handle({ user: 'ann' }); res.end(); });
    app.get('/audit', (req, res) => res.json(audit));
"""


def test_a_function_picked_from_a_table_by_map_and_spread_into_the_array_runs_where_the_array_element_is_called():
    """`const fn = middleware[i]; fn(ctx)` may run any function handed in `middleware`,
    among them the table's, picked by `plugins.map((n) => catalog[n])`: its write of `audit`
    is the route's."""
    assert ("post_say", 13) in write_lines(COMPOSE, "audit")
    assert same_group(COMPOSE, 17, 18)


SPREAD = """
    const express = require('express');
    const app = express();
    const seen = [];
    function runAll(list, x) {
      for (let i = 0; i < list.length; i++) {
        const f = list[i];
        f(x);
      }
    }
    const extra = [(x) => seen.push(x)];
    app.post('/x', (req, res) => { runAll([...extra], 1); res.end(); });
"""


def test_a_function_spread_into_the_array_handed_over_runs_where_an_element_is_called():
    assert ("post_x", 10) in write_lines(SPREAD, "seen")
