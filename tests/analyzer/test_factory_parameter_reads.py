"""A handler a router factory makes that only reads what the factory was given (`routes({ log, stats })`,
`res.json({ log, n: stats.n })`) reads the module's state another handler writes: it runs with that state's
group. It was a stateless fluxion carrying main's copy in its messages, so on two nodes (and on one) it
answered with the values main started with (state.py, visit_captured_read through the factory's call).
A read of a handler's own `req` by its callbacks stays the message's."""
from .helpers import same_group, stateful

FACTORY = """
    const express = require('express');
    const log = [];
    const stats = { n: 0 };
    function routes({ log, stats }) {
      const r = express.Router();
      r.get('/log', (req, res) => res.json({ log, n: stats.n }));
      return r;
    }
    const app = express();
    app.post('/add', (req, res) => { log.push(log.length); stats.n++; res.json(log.length); });
    app.use(routes({ log, stats }));
"""

POSITIONAL = FACTORY.replace("function routes({ log, stats })", "function routes(log, stats)") \
    .replace("routes({ log, stats })", "routes(log, stats)")

ARROW = FACTORY.replace("""function routes({ log, stats }) {
      const r = express.Router();
      r.get('/log', (req, res) => res.json({ log, n: stats.n }));
      return r;
    }""", "const routes = ({ log, stats }) => express.Router().get('/log', (req, res) => res.json({ log, n: stats.n }));")

CALLBACK_READS_REQ = """
    const express = require('express');
    const wrap = (fn) => (req, res, next) => Promise.resolve(fn(req, res)).catch(next);
    const app = express();
    app.get('/echo/:x', wrap(async (req, res) => { setTimeout(() => res.json({ x: req.params.x }), 1); }));
"""


def test_a_reading_handler_of_a_factory_joins_the_writer():
    assert same_group(FACTORY, 6, 10)


def test_so_with_positional_parameters():
    assert same_group(POSITIONAL, 6, 10)


def test_so_in_an_arrow_factory_with_an_expression_body():
    assert same_group(ARROW, 4, 6)


def test_a_callback_reading_its_handlers_request_stays_stateless():
    assert not stateful(CALLBACK_READS_REQ, 4)
