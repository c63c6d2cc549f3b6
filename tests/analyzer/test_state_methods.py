"""Module-level instances whose methods change their fields are state."""
from .helpers import same_group, stateful, write_lines

FACTORY = """
    const express = require('express');
    const app = express();
    class RateLimiter {
      constructor(limit) { this.limit = limit; this.used = new Map(); }
      static create(limit) { return new RateLimiter(limit); }
      take(key) {
        const n = (this.used.get(key) || 0) + 1;
        this.used.set(key, n);
        return n <= this.limit;
      }
      get size() { return this.used.size; }
    }
    const limiter = RateLimiter.create(3);
    app.get('/try/:key', (req, res) => {
      res.json({ ok: limiter.take(req.params.key) });
    });
    app.get('/size', (req, res) => res.json({ size: limiter.size }));
"""


def test_instance_made_by_a_static_factory_is_written_by_its_method():
    assert stateful(FACTORY, 14) and write_lines(FACTORY, "limiter") == {("get_try_key", 8)}


def test_reader_through_a_getter_shares_the_instance():
    assert same_group(FACTORY, 14, 17)


COUNTER = """
    const express = require('express');
    const app = express();
    class Counter {
      constructor() { this.n = 0; }
      increment(by = 1) { this.n += by; return this.n; }
      get value() { return this.n; }
    }
    const counter = new Counter();
    app.post('/inc', (req, res) => res.send(String(counter.increment())));
    app.get('/value', (req, res) => res.send(String(counter.value)));
"""


def test_method_writing_a_field_makes_its_caller_stateful():
    assert stateful(COUNTER, 9) and same_group(COUNTER, 9, 10)


PROTOTYPE = """
    const express = require('express');
    const app = express();
    function Inventory() { this.stock = {}; }
    Inventory.prototype.receive = function (sku, qty) {
      this.stock[sku] = (this.stock[sku] || 0) + qty;
    };
    Inventory.prototype.count = function (sku) { return this.stock[sku] || 0; };
    const inventory = new Inventory();
    app.post('/receive/:sku', (req, res) => {
      inventory.receive(req.params.sku, 1);
      res.end();
    });
    app.get('/count/:sku', (req, res) => res.json(inventory.count(req.params.sku)));
"""


def test_prototype_method_writing_this_makes_its_caller_stateful():
    assert stateful(PROTOTYPE, 9) and same_group(PROTOTYPE, 9, 13)


SETTER = """
    const express = require('express');
    const app = express();
    class Settings {
      constructor() { this._theme = 'light'; this.changes = 0; }
      set theme(t) { this._theme = t; this.changes++; }
      get theme() { return this._theme; }
    }
    const settings = new Settings();
    app.put('/theme/:t', (req, res) => { settings.theme = req.params.t; res.end(); });
    app.get('/theme', (req, res) => res.send(settings.theme));
"""


def test_setter_assignment_is_a_write():
    assert stateful(SETTER, 9) and same_group(SETTER, 9, 10)


LAZY_GETTER = """
    const express = require('express');
    const app = express();
    class Report {
      constructor() { this.calls = 0; }
      get summary() { this.calls += 1; return 'calls=' + this.calls; }
    }
    const report = new Report();
    app.get('/summary', (req, res) => res.send(report.summary));
"""


def test_getter_that_writes_this_is_a_write():
    assert write_lines(LAZY_GETTER, "report") == {("get_summary", 5)}


OBJECT_METHODS = """
    const express = require('express');
    const app = express();
    const queue = {
      items: [],
      enqueue(x) { this.items.push(x); return this.items.length; },
      peek() { return this.items[0]; },
    };
    app.post('/jobs', (req, res) => res.json(queue.enqueue(req.query.job)));
    app.get('/next', (req, res) => res.json(queue.peek() || null));
"""


def test_method_of_a_module_object_literal_writing_this():
    assert stateful(OBJECT_METHODS, 8) and same_group(OBJECT_METHODS, 8, 9)


READ_ONLY = """
    const express = require('express');
    const app = express();
    class Prices {
      constructor() { this.table = { tea: 3 }; }
      of(item) { return this.table[item]; }
    }
    const prices = new Prices();
    app.get('/price/:item', (req, res) => res.json(prices.of(req.params.item)));
"""


def test_instance_only_read_through_its_methods_stays_read_only():
    assert not stateful(READ_ONLY, 8)


UNRESOLVED_RECEIVER = """
    const express = require('express');
    const app = express();
    let received = 0;
    function Inventory() { this.stock = {}; }
    Inventory.prototype.receive = function (sku) { received += 1; };
    const inventory = new Inventory();
    app.post('/receive/:sku', (req, res) => {
      inventory.receive(req.params.sku);
      res.end();
    });
    app.get('/received', (req, res) => res.json(received));
"""


def test_a_method_found_by_its_name_writes_module_state_for_its_caller():
    assert write_lines(UNRESOLVED_RECEIVER, "received") == {("post_receive_sku", 5)}
    assert same_group(UNRESOLVED_RECEIVER, 7, 11)


ACCESSORS = """
    const express = require('express');
    const app = express();
    const audit = [];
    class Config {
      constructor() { this.values = {}; }
      set mode(m) { audit.push(m); this.values.mode = m; }
      get mode() { return this.values.mode; }
    }
    const config = new Config();
    app.put('/mode/:m', (req, res) => { config.mode = req.params.m; res.end(); });
    app.get('/audit', (req, res) => res.json(audit));
"""


def test_a_setter_writing_module_state_writes_it_for_the_assigning_fluxion():
    assert write_lines(ACCESSORS, "audit") == {("put_mode_m", 6)} and same_group(ACCESSORS, 10, 11)


BOUND = """
    const express = require('express');
    const app = express();
    class Meter {
      constructor() { this.count = 0; }
      tick() { this.count += 1; }
      show(req, res) { res.json(this.count); }
      mark(req, res) { this.count = 0; res.end(); }
    }
    const meter = new Meter();
    const tick = meter.tick.bind(meter);
    app.post('/tick', (req, res) => { tick(); res.end(); });
    app.get('/meter', meter.show.bind(meter));
    app.post('/reset', meter.mark.bind(meter));
"""


def test_a_method_bound_to_module_state_writes_it_where_it_runs():
    assert write_lines(BOUND, "meter") == {("post_tick", 5), ("mark", 7)}
    assert same_group(BOUND, 11, 6, 7)


FIELD_INITIALISER = """
    const app = require('express')();
    class Counter {
      static made = 0;
      label = `counter ${++Counter.made}`;
    }
    app.post('/c', (req, res) => res.json(new Counter()));
    app.get('/made', (req, res) => res.json(Counter.made));
"""


def test_a_field_initialiser_writes_for_whoever_constructs():
    assert stateful(FIELD_INITIALISER, 6) and same_group(FIELD_INITIALISER, 6, 7)


FIELD_ARROW = """
    const express = require('express');
    const app = express();
    class Counter {
      count = 0;
      inc = () => { this.count++; return this.count; };
      get value() { return this.count; }
    }
    const counter = new Counter();
    app.post('/inc', (req, res) => res.json({ n: counter.inc() }));
    app.get('/value', (req, res) => res.json({ n: counter.value }));
"""


def test_a_class_fields_arrow_writes_the_instance_like_a_method():
    assert stateful(FIELD_ARROW, 9) and same_group(FIELD_ARROW, 9, 10)


HANDED = """
    const express = require('express');
    const app = express();
    class Controller {
      items = [];
      list = (req, res) => res.json(this.items);
      add = (req, res) => { this.items.push(req.query.item); res.sendStatus(201); };
    }
    const controller = new Controller();
    app.get('/items', controller.list);
    app.post('/items', controller.add);
"""


def test_arrows_handed_to_the_router_keep_their_instance_as_state():
    assert stateful(HANDED, 6) and same_group(HANDED, 5, 6)


PRIVATE_METHODS = """
    const express = require('express');
    const app = express();
    let runs = 0;
    class Pool {
      #running = 0;
      start() { this.#pump(); }
      #pump() { this.#work(); }
      #work() { this.#running += 1; runs += 1; }
    }
    const pool = new Pool();
    app.post('/start', (req, res) => { pool.start(); res.end(); });
    app.get('/runs', (req, res) => res.json(runs));
"""


def test_a_private_method_called_on_this_runs_in_the_caller():
    """fresh4-job-queue: `this.#pump()` / `this.#work()` are found by their `#name`: what
    #work writes, the fluxion that calls start writes."""
    assert write_lines(PRIVATE_METHODS, "runs") == {("post_start", 8)}
    assert same_group(PRIVATE_METHODS, 11, 12)


COUNTERS = """
    const express = require('express');
    const app = express();
    function createCounter() {
      let total = 0;
      const hits = new Map();
      return {
        hit(key) { total++; hits.set(key, (hits.get(key) ?? 0) + 1); },
        reset() { hits.clear(); },
        snapshot: () => ({ total, keys: Object.fromEntries(hits) }),
      };
    }
    const counters = { search: createCounter(), write: createCounter() };
    app.post('/hit/:key', (req, res) => { counters.search.hit(req.params.key); res.end(); });
    app.get('/all', (req, res) => res.json(Object.values(counters).map((c) => c.snapshot())));
    app.post('/reset', (req, res) => { Object.values(counters).forEach((c) => c.reset()); res.end(); });
"""


def test_methods_called_on_the_elements_a_callback_gets_run_in_its_fluxion():
    """fresh9-api-quotas: `Object.values(counters).map((c) => c.snapshot())`: the closures'
    variables are read (and, through `c.reset()`, written) by the handler the callback runs in."""
    assert same_group(COUNTERS, 13, 14) and same_group(COUNTERS, 13, 15)


def test_a_method_calling_super_writes_its_receiver():
    """fresh10-catalog-sync: `save(row) { return super.save({ ...row, slug }); }` where the base
    class's save writes `this`: a call of it writes the receiver (verify mode caught the handler
    analysed as stateless)."""
    src = """
        const express = require('express');
        const app = express();
        class Base { constructor() { this.n = 0; } save(x) { this.n += x; return this.n; } }
        class Sub extends Base { save(x) { return super.save(x + 1); } }
        const repo = new Sub();
        app.post('/s', (req, res) => res.json(repo.save(2)));
        app.get('/n', (req, res) => res.json(repo.n));
    """
    assert same_group(src, 6, 7)


def test_an_arrow_using_super_in_a_timer_writes_the_receiver():
    """fresh26a (a repository class whose `insertMany` schedules `setTimeout(() => super.flush(), 5)`): the
    timer's arrow runs `super.flush()` on its method's `this`, as `this.flush()` would: it writes the
    module's instance, so it is in the instance's group (it was a stateless unit writing a copy)."""
    src = """
        const express = require('express');
        const app = express();
        class Base { flush() { this.flushed = (this.flushed || 0) + 1; } }
        class Repo extends Base {
          later() { setTimeout(() => super.flush(), 5); return 'ok'; }
        }
        const repo = new Repo();
        app.post('/later', (req, res) => res.json(repo.later()));
        app.get('/n', (req, res) => res.json(repo.flushed));
    """
    assert same_group(src, 5, 8, 9)
