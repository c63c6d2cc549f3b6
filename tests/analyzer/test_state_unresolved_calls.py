"""A call the analysis cannot resolve, on module state, may write it: correct first."""
from .helpers import graph, same_group, stateful, write_lines

UNKNOWN_METHOD = """
    const express = require('express');
    const app = express();
    const registry = buildRegistry();
    function buildRegistry() { return Object.create(null); }
    app.post('/register/:name', (req, res) => {
      registry.register(req.params.name);
      res.end();
    });
"""


def test_unknown_method_on_module_state_is_a_possible_write():
    assert stateful(UNKNOWN_METHOD, 5) and write_lines(UNKNOWN_METHOD, "registry") == {("post_register_name", 6)}


COMPUTED = """
    const express = require('express');
    const app = express();
    class Tally {
      constructor() { this.n = 0; }
      up() { this.n++; }
      down() { this.n--; }
    }
    const tally = new Tally();
    app.post('/op/:name', (req, res) => {
      tally[req.params.name]();
      res.json(tally.n);
    });
"""


def test_computed_method_call_on_module_state_is_a_possible_write():
    assert stateful(COMPUTED, 9)


PASSED_IN = """
    const express = require('express');
    const app = express();
    const counts = { a: 0 };
    function apply(fn) { fn(counts); }
    app.post('/run', (req, res) => {
      apply(global.plugin);
      res.json(counts);
    });
"""


def test_state_handed_to_a_function_the_analysis_cannot_see_is_a_possible_write():
    assert stateful(PASSED_IN, 5)


OUTSIDE = """
    const express = require('express');
    const redis = require('redis');
    const app = express();
    const client = redis.createClient();
    app.post('/k', (req, res) => {
      client.set('k', req.query.v);
      res.json({ ok: true });
    });
"""


def test_calls_on_runtime_objects_are_not_module_state():
    assert not stateful(OUTSIDE, 5)


KNOWN_READS = """
    const express = require('express');
    const app = express();
    const words = ['a', 'b'];
    const index = new Map([['a', 1]]);
    app.get('/w', (req, res) => {
      res.json({ i: index.get(req.query.w), has: words.includes('a'), s: words.join(',').toUpperCase() });
    });
"""


def test_known_read_only_methods_are_reads():
    assert not stateful(KNOWN_READS, 5)


PLAIN_OBJECT = """
    const express = require('express');
    const app = express();
    const hooks = Object.create(null);
    hooks.install = function install(name) { this[name] = true; };
    app.post('/hooks/:name', (req, res) => { hooks.install(req.params.name); res.end(); });
    app.get('/hooks', (req, res) => res.json(Object.keys(hooks)));
"""


def test_method_of_a_plain_object_made_by_a_builtin_is_followed():
    assert stateful(PLAIN_OBJECT, 5) and same_group(PLAIN_OBJECT, 5, 6)


COMPUTED_FUNCTION_TABLE = """
    const express = require('express');
    const app = express();
    const blocked = new Set();
    const checks = {
      format: (email) => email.includes('@'),
      blocked: async (email) => !blocked.has(email.split('@')[1]),
    };
    app.post('/check/:email', (req, res) => {
      res.json(Object.keys(checks).map((name) => checks[name](req.params.email)));
    });
    app.post('/block/:domain', (req, res) => {
      blocked.add(req.params.domain);
      res.end();
    });
"""


def test_a_function_called_through_a_computed_key_runs_in_its_caller():
    """fresh-allsettled: `checks[name](...)` may run any function of the `checks` literal,
    so the read of `blocked` in one of them is the caller's: it must see the writes."""
    assert same_group(COMPUTED_FUNCTION_TABLE, 8, 11)


STEPS_TABLE = """
    const express = require('express');
    const app = express();
    const stock = { tea: 3 };
    const reserve = (order) => { stock[order.sku] -= 1; return order; };
    const check = (order) => order;
    function run(order) {
      let value = order;
      for (const [name, fn] of Object.entries({ check, reserve })) value = fn(value);
      return value;
    }
    app.post('/orders/:sku', (req, res) => res.json(run({ sku: req.params.sku })));
    app.get('/stock', (req, res) => res.json(stock));
"""


def test_functions_taken_from_an_object_literal_in_a_for_of_are_called_there():
    """fresh-async-pipeline: `for (const [name, fn] of Object.entries({ check, reserve }))
    fn(value)` runs `reserve`, whose write of `stock` is the caller's."""
    assert ("post_orders_sku", 4) in write_lines(STEPS_TABLE, "stock")
    assert same_group(STEPS_TABLE, 11, 12)


HANDLER_TABLE = """
    const express = require('express');
    const app = express();
    const handlers = {
      async checksum({ text }) {
        let sum = 0;
        for (const ch of text) {
          sum += ch.length;
          if (sum % 7 === 0) await null;
        }
        return sum;
      },
    };
    class Queue {
      constructor(table) { this.table = table; this.done = []; }
      async run(type, payload) {
        const handler = this.table[type];
        this.done.push(await handler(payload));
      }
    }
    const queue = new Queue(handlers);
    app.post('/run/:type', (req, res) => {
      queue.run(req.params.type, req.body);
      res.end();
    });
"""


def test_a_function_of_a_table_called_through_a_variable_runs_in_the_caller():
    """fresh4-job-queue: `const handler = this.table[type]; handler(payload)` may run any
    function of the table: the first part of that async function (before its first
    await, where its variable across awaits is made) runs in the caller's group."""
    g = graph(HANDLER_TABLE)
    assert same_group(g, "post_run_type", *[f["id"] for f in g["fluxions"] if f["id"].startswith(("after_", "await_8"))])


STEPS = """
    const express = require('express');
    const app = express();
    const stock = { book: 3 };
    const steps = [
      { name: 'reserve', run: async (o) => { o.reserved = await take(o.item); } },
      { name: 'note', run: (o) => { o.noted = true; } },
    ];
    async function take(item) { await null; stock[item] -= 1; return item; }
    const orders = [];
    app.post('/orders', async (req, res) => {
      const order = { item: req.query.item };
      orders.push(order);
      for (const step of steps) await step.run(order);
      res.json(order);
    });
    app.get('/orders', (req, res) => res.json(orders));
"""


def test_a_method_of_a_constant_table_of_steps_runs_in_the_caller():
    """fresh4-saga: `for (const step of steps) await step.run(order)` over an array of
    object literals that nothing writes: the `run` functions run in the caller, and
    what they write through their parameter (`o.reserved = ...`) is the caller's order."""
    g = graph(STEPS)
    assert ("post_orders", 6) in write_lines(STEPS, "order")
    assert same_group(g, "post_orders", "get_orders", *[f["id"] for f in g["fluxions"] if f["id"].startswith("await_5")])


HANDED_BACK = """
    const express = require('express');
    const passport = require('passport');
    const app = express();
    const users = [{ id: 1, visits: 0 }];
    passport.deserializeUser((id, done) => done(null, users.find((u) => u.id === id)));
    app.get('/me', (req, res) => {
      req.user.visits += 1;
      res.json(req.user);
    });
    app.post('/echo', (req, res) => {
      req.body.seen = true;
      res.locals.n = 1;
      res.json(req.body);
    });
"""


def test_state_handed_to_outside_code_may_come_back_on_the_request():
    """`done(null, user)` gives passport an object of `users`; it comes back as `req.user`:
    changing `req.user.visits` changes `users`. Fields Express makes afresh do not."""
    assert write_lines(HANDED_BACK, "users") == {("get_me", 7)}
    assert not stateful(HANDED_BACK, 10)


DESTRUCTURED_FROM_REQUEST = """
    const express = require('express');
    const app = express();
    const accounts = new Map([['k', { credits: 3 }]]);
    function authenticate(req, res, next) {
      req.account = accounts.get(req.get('x-api-key'));
      next();
    }
    app.post('/spend', authenticate, async (req, res) => {
      const { account } = req;
      await new Promise((resolve) => setTimeout(resolve, 5));
      account.credits -= 1;
      res.json(account);
    });
"""


def test_state_destructured_from_the_request_is_the_state_put_there():
    """`const { account } = req` is what `authenticate` stored at `req.account`: an object
    of `accounts`, so the change after the await is a write of `accounts`."""
    assert write_lines(DESTRUCTURED_FROM_REQUEST, "accounts") == {("await_10", 11)}


def test_a_handlers_destructured_request_parameter_and_res_locals_carry_state():
    src = """
        const express = require('express');
        const app = express();
        const accounts = new Map([['k', { credits: 3 }]]);
        function authenticate(req, res, next) {
          req.account = accounts.get(req.get('x-api-key'));
          res.locals.wallet = accounts.get('k');
          next();
        }
        app.post('/spend', authenticate, async ({ account, body }, res) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          account.credits -= body.n;
          res.json(account);
        });
        app.post('/pay', authenticate, async (req, res) => {
          const { wallet } = res.locals;
          await new Promise((resolve) => setTimeout(resolve, 5));
          wallet.credits -= 1;
          res.json(wallet);
        });
    """
    assert write_lines(src, "accounts") == {("await_10", 11), ("await_16", 17)}
