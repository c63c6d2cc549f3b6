"""Module state written inside helper functions belongs to the fluxions that call them."""
from .helpers import context, group_of, same_group, stateful, write_lines

STATS = """
    const express = require('express');
    const app = express();
    let hits = 0;
    const seen = {};
    function record(name) {
      hits++;
      seen[name] = (seen[name] || 0) + 1;
    }
    app.get('/visit/:name', (req, res) => {
      record(req.params.name);
      res.json({ hits });
    });
    app.get('/seen', (req, res) => res.json(seen));
"""


def test_handler_calling_a_writing_helper_is_stateful():
    assert stateful(STATS, 9)


def test_the_write_is_reported_at_its_line_in_the_helper():
    assert write_lines(STATS, "hits") == {("get_visit_name", 6)}
    assert write_lines(STATS, "seen") == {("get_visit_name", 7)}


def test_reader_of_helper_written_state_shares_its_group():
    assert same_group(STATS, 9, 13)


HELPER_MODULE = {
    "app.js": """
        const express = require('express');
        const metrics = require('./lib/metrics');
        const app = express();
        app.post('/orders', (req, res) => {
          metrics.track('order', req.query.total);
          res.sendStatus(201);
        });
        app.get('/metrics', (req, res) => res.json(metrics.snapshot()));
    """,
    "lib/metrics.js": """
        const counters = new Map();
        let total = 0;
        exports.track = function track(name, amount) {
          counters.set(name, (counters.get(name) || 0) + 1);
          total += Number(amount) || 0;
        };
        exports.snapshot = () => ({ total, counters: Object.fromEntries(counters) });
    """,
}


def test_state_of_a_helper_module_written_through_its_exports():
    assert stateful(HELPER_MODULE, 4) and same_group(HELPER_MODULE, 4, 8)


CALLBACKS = """
    const express = require('express');
    const app = express();
    const tally = { words: 0 };
    function count(word) { tally.words += 1; }
    app.post('/text', (req, res) => {
      String(req.query.q).split(' ').forEach(count);
      res.json(tally);
    });
    app.get('/nothing', (req, res) => {
      [1, 2].map((n) => n * 2);
      res.end();
    });
"""


def test_callback_of_a_synchronous_higher_order_function_writes_for_its_caller():
    assert stateful(CALLBACKS, 5) and context(CALLBACKS, 5) == ["tally"]


def test_a_pure_handler_stays_stateless():
    assert not stateful(CALLBACKS, 9) and group_of(CALLBACKS, 9) is None


PARAM = """
    const express = require('express');
    const app = express();
    const carts = { ann: { items: [] } };
    function addItem(cart, item) { cart.items.push(item); }
    const mark = (order) => { order.seen = true; };
    app.post('/cart/:who', (req, res) => {
      addItem(carts[req.params.who], req.query.item);
      res.json(carts);
    });
    app.get('/copy', (req, res) => {
      const order = { id: 1 };
      mark(order);
      res.json(order);
    });
"""


def test_a_helper_mutating_its_argument_writes_what_the_caller_passed():
    assert stateful(PARAM, 6) and write_lines(PARAM, "carts") == {("post_cart_who", 4)}


def test_a_helper_mutating_a_fresh_object_writes_no_state():
    assert not stateful(PARAM, 10)


TRANSITIVE = """
    const express = require('express');
    const app = express();
    const log = [];
    function append(line) { log.push(line); }
    function audit(what) { append('audit ' + what); }
    function handle(req) { audit(req.path); }
    app.use((req, res, next) => { handle(req); next(); });
    app.get('/log', (req, res) => res.json(log));
"""


def test_writes_through_a_chain_of_helpers():
    assert write_lines(TRANSITIVE, "log") == {("use_root", 4)} and same_group(TRANSITIVE, 7, 8)
