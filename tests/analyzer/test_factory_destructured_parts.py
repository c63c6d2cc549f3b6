"""A router factory that destructures the services it is handed (`const { stock, alerts } = services`): its
handlers keep those variables past the call, and a handler that only reads `alerts` reads an object that
another handler changes through another path (`stock.receive()` calling `this.alerts.check()`). The variable
is a part of `services`, whose objects the writer changes: it is state of their group, not a copy the
reading handler carries (fresh25b-warehouse-bootstrap answered GET /alerts with main's alerts)."""
from .helpers import kind_of, same_group

FACTORY = """
    const express = require('express');
    class Alerts { history = []; check(n) { if (n > 1) this.history.push(n); } }
    class Stock {
      n = 0;
      constructor({ alerts }) { this.alerts = alerts; }
      receive() { this.n += 1; this.alerts.check(this.n); return this.n; }
    }
    function routes(services) {
      const { stock, alerts } = services;
      const router = express.Router();
      router.post('/receipts', (req, res) => res.json(stock.receive()));
      router.get('/alerts', (req, res) => res.json(alerts.history));
      return router;
    }
    const alerts = new Alerts();
    const app = express();
    app.use(routes({ stock: new Stock({ alerts }), alerts }));
"""


def test_a_destructured_part_read_by_one_handler_is_state():
    assert kind_of(FACTORY, "alerts", "routes") == "share"


def test_the_reader_is_in_the_writers_group():
    assert same_group(FACTORY, 11, 12)


ASYNC_LOCAL = """
    const express = require('express');
    const carts = new Map([['c1', { lines: [] }]]);
    const app = express();
    async function checkout(id) {
      const cart = carts.get(id);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return cart.lines.length;
    }
    app.post('/checkout/:id', async (req, res) => res.json(await checkout(req.params.id)));
    app.post('/lines/:id', (req, res) => { carts.get(req.params.id).lines.push(1); res.json(1); });
"""


def test_a_local_an_async_function_keeps_across_its_await_stays_the_messages():
    assert kind_of(ASYNC_LOCAL, "cart", "checkout") != "share"
