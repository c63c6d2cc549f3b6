"""Objects reachable from module bindings (in Maps, arrays, objects, closures) are that state."""
from .helpers import same_group, stateful, variables, write_lines, writes

SESSIONS = """
    const express = require('express');
    const app = express();
    const sessions = new Map();
    sessions.set('demo', { visits: 0, cart: [] });
    app.get('/visit/:sid', (req, res) => {
      const session = sessions.get(req.params.sid) || sessions.get('demo');
      session.visits += 1;
      res.json(session);
    });
    app.post('/cart/:sid', (req, res) => {
      const { cart } = sessions.get(req.params.sid);
      cart.push(req.query.item);
      res.json(cart);
    });
"""


def test_object_taken_out_of_a_map_and_changed_writes_the_map():
    assert write_lines(SESSIONS, "sessions") == {("get_visit_sid", 7), ("post_cart_sid", 12)}


def test_both_writers_share_the_map():
    assert same_group(SESSIONS, 5, 10)


USERS = """
    const express = require('express');
    const app = express();
    const users = [{ name: 'ann', logins: 0 }, { name: 'bob', logins: 0 }];
    app.post('/login/:name', (req, res) => {
      const user = users.find((u) => u.name === req.params.name);
      if (user) user.logins++;
      res.json(user || null);
    });
    app.post('/reset', (req, res) => {
      for (const u of users) u.logins = 0;
      users.forEach((u) => { delete u.last; });
      res.end();
    });
    app.get('/users', (req, res) => res.json(users));
"""


def test_element_found_in_an_array_and_changed_writes_the_array():
    assert write_lines(USERS, "users") >= {("post_login_name", 6), ("post_reset", 10), ("post_reset", 11)}


def test_users_of_the_array_share_it():
    assert same_group(USERS, 4, 9, 14)


NESTED = """
    const express = require('express');
    const app = express();
    const state = { shop: { open: true, orders: [] } };
    const shop = state.shop;
    app.post('/order', (req, res) => {
      const orders = shop.orders;
      orders.push(req.query.id);
      res.json(state);
    });
"""


def test_alias_of_a_nested_object_writes_both_bindings():
    assert stateful(NESTED, 5)
    assert write_lines(NESTED, "shop") == {("post_order", 7)} and write_lines(NESTED, "state") == {("post_order", 7)}


CLOSURE = """
    const express = require('express');
    const app = express();
    function makeStore() {
      const data = new Map();
      return {
        get: (k) => data.get(k),
        entry: (k) => { if (!data.has(k)) data.set(k, { n: 0 }); return data.get(k); },
      };
    }
    const store = makeStore();
    app.post('/bump/:k', (req, res) => {
      const e = store.entry(req.params.k);
      e.n++;
      res.json(e);
    });
    app.get('/get/:k', (req, res) => res.json(store.get(req.params.k) || null));
"""


def test_state_held_by_a_closure_is_written_through_what_it_returns():
    assert stateful(CLOSURE, 11) and same_group(CLOSURE, 11, 16)


COPY = """
    const express = require('express');
    const app = express();
    const defaults = { color: 'red', size: 2 };
    app.get('/options', (req, res) => {
      const options = { ...defaults };
      options.color = req.query.color || options.color;
      res.json(options);
    });
"""


def test_a_copy_changed_locally_is_not_module_state():
    assert not stateful(COPY, 4)


SHARED_MODULE = {
    "app.js": """
        const express = require('express');
        const db = require('./db');
        const { users } = require('./db');
        const app = express();
        app.post('/users/:name', (req, res) => { db.users.push(req.params.name); res.end(); });
        app.post('/again/:name', (req, res) => { users.push(req.params.name); res.end(); });
        app.get('/count', (req, res) => res.json(db.count()));
    """,
    "db.js": """
        const db = { users: [] };
        db.count = () => db.users.length;
        module.exports = db;
    """,
}


def test_an_object_exported_by_a_module_is_that_module_s_state_too():
    assert {w["fluxion"] for w in writes(SHARED_MODULE, "db")} == {"post_users_name", "post_again_name"}
    assert same_group(SHARED_MODULE, 5, 6, 7)


READ_THROUGH_ANOTHER_BINDING = """
    const express = require('express');
    const app = express();
    const state = { shop: { orders: [] } };
    const shop = state.shop;
    app.post('/order', (req, res) => { state.shop.orders.push(req.query.id); res.end(); });
    app.get('/orders', (req, res) => res.json(shop.orders));
"""


def test_a_binding_to_part_of_written_state_is_written_too():
    assert write_lines(READ_THROUGH_ANOTHER_BINDING, "shop") == {("post_order", 5)}
    assert same_group(READ_THROUGH_ANOTHER_BINDING, 5, 6)


LOCAL_VIEW = """
    const express = require('express');
    const app = express();
    const items = [];
    app.post('/items', (req, res) => { items.push({ id: items.length + 1 }); res.end(); });
    app.get('/items/:id', (req, res) => {
      const found = items.find((i) => i.id === Number(req.params.id));
      res.json(found || null);
    });
"""


def test_a_local_taken_from_state_another_fluxion_writes_stays_the_message_s():
    assert variables(LOCAL_VIEW, "found") == [] and same_group(LOCAL_VIEW, 4, 5)


AWAITED_MODULE_PROMISE = """
    const express = require('express');
    class Board {
      moves = 0;
      static async open() { await Promise.resolve(); return new Board(); }
      async advance() { await Promise.resolve(); this.moves++; return this.moves; }
    }
    const boardReady = Board.open();
    const app = express();
    app.post('/advance', async (req, res) => {
      const board = await boardReady;
      const moves = await board.advance();
      res.json({ moves, now: board.moves });
    });
"""


def test_value_awaited_from_a_module_promise_is_its_state():
    lines = write_lines(AWAITED_MODULE_PROMISE, "boardReady")
    assert ("await_5", 5) in lines, lines


def test_method_continuation_and_handler_share_the_awaited_instance():
    assert same_group(AWAITED_MODULE_PROMISE, "post_advance", "await_5", "await_10", "await_11")


RUNTIME_PROMISE = """
    const express = require('express');
    const { createClient } = require('redis');
    const clientReady = createClient().connect();
    const app = express();
    app.get('/k/:k', async (req, res) => {
      const client = await clientReady;
      res.json(await client.get(req.params.k));
    });
"""


def test_awaiting_a_promise_of_the_runtime_is_no_state():
    assert not any(stateful(RUNTIME_PROMISE, ref) for ref in ("get_k_k", "await_6", "await_7"))
