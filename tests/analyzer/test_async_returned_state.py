"""What an async function returns is what awaiting its call gives (fresh6-async-orders):
`const order = await get(id)`, where `get` is an async function returning `orders.get(id)`,
is part of `orders`, so a continuation writing `order.status` after a later await writes
`orders` and runs in its group, not on a copy."""

from .helpers import fluxion, same_group, stateful, write_lines

ORDERS = """
    const express = require('express');
    const orders = new Map([[1, { status: 'placed', lines: [] }]]);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 1));
    async function get(id) {
      const order = orders.get(id);
      if (!order) throw new Error('no order');
      return order;
    }
    async function cancel(id) {
      const order = await get(id);
      await pause();
      order.status = 'cancelled';
      return order;
    }
    const app = express();
    app.post('/orders/:id/cancel', async (req, res) => res.json(await cancel(Number(req.params.id))));
    app.get('/orders/:id', (req, res) => res.json(orders.get(Number(req.params.id))));
    module.exports = app;
"""


def test_a_write_after_awaiting_an_async_getter_writes_the_state():
    assert any(line == 12 for _, line in write_lines(ORDERS, "orders"))


def test_that_continuation_runs_with_the_readers_of_the_state():
    after = fluxion(ORDERS, 11)["id"]
    assert stateful(ORDERS, after) and same_group(ORDERS, after, 17)


THEN = """
    const express = require('express');
    const carts = {};
    function cartOf(user) {
      return Promise.resolve().then(() => carts[user] ??= { items: [] });
    }
    const app = express();
    app.post('/cart/:user', (req, res) => {
      cartOf(req.params.user).then((cart) => {
        cart.items.push(req.body);
        res.json(cart);
      });
    });
    module.exports = app;
"""


def test_a_promise_settles_to_what_its_then_callback_returns():
    assert any(line == 9 for _, line in write_lines(THEN, "carts"))
