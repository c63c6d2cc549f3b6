"""An EventEmitter the service makes is state; `emit` runs its listeners within the message."""
import pytest

from .helpers import assert_fluxions, graph, same_group, stateful, write_lines

SHOP = """
    const express = require('express');
    const { EventEmitter } = require('events');
    const app = express();
    class OrderBus extends EventEmitter {
      static create() { return new OrderBus(); }
    }
    const bus = OrderBus.create();
    const totals = { orders: 0, revenue: 0 };
    let first = null;
    bus.on('order', (order) => {
      totals.orders += 1;
      totals.revenue += order.amount;
    });
    bus.once('order', (order) => { first = order.id; });
    app.post('/orders/:id', (req, res) => {
      bus.emit('order', { id: req.params.id, amount: Number(req.query.amount) });
      res.json(totals);
    });
    app.get('/stats', (req, res) => {
      res.json({ first, listeners: bus.listenerCount('order') });
    });
"""


def test_listeners_of_an_own_emitter_subclass_are_not_fluxions():
    assert_fluxions(SHOP, ["main", ("start", 15), ("start", 19)])


def test_listener_writes_belong_to_the_emitting_fluxion():
    assert write_lines(SHOP, "totals") == {("post_orders_id", 11), ("post_orders_id", 12)}
    assert write_lines(SHOP, "first") == {("post_orders_id", 14)}


def test_emit_that_removes_a_once_listener_writes_the_emitter():
    assert ("post_orders_id", 16) in write_lines(SHOP, "bus")


def test_emitting_and_reading_routes_share_the_emitter():
    assert same_group(SHOP, 15, 19)


LOGGER = """
    const express = require('express');
    const EventEmitter = require('events');
    const app = express();
    const events = new EventEmitter();
    events.on('hit', (path) => console.log('hit', path));
    app.get('/ping', (req, res) => {
      events.emit('hit', req.path);
      res.send('pong');
    });
"""


def test_emit_to_listeners_that_keep_no_state_stays_stateless():
    assert not stateful(LOGGER, 6)


THIS_EMIT = """
    const express = require('express');
    const EventEmitter = require('events');
    const app = express();
    let done = 0;
    class Queue extends EventEmitter {
      constructor() { super(); this.jobs = []; }
      push(job) { this.jobs.push(job); this.emit('queued', job); }
    }
    const queue = new Queue();
    queue.on('queued', () => { done += 1; });
    app.post('/jobs', (req, res) => { queue.push(req.query.job); res.json({ done }); });
"""


def test_emit_from_a_method_runs_the_listeners_in_the_caller():
    assert write_lines(THIS_EMIT, "done") == {("post_jobs", 10)} and stateful(THIS_EMIT, 11)


def test_listener_registered_in_a_handler_is_a_write_of_the_emitter():
    src = """
        const express = require('express');
        const EventEmitter = require('events');
        const app = express();
        const hub = new EventEmitter();
        app.post('/watch', (req, res) => { hub.on('x', () => {}); res.end(); });
        app.get('/watchers', (req, res) => res.json(hub.listenerCount('x')));
    """
    assert write_lines(src, "hub") == {("post_watch", 5)} and same_group(src, 5, 6)


def test_emitter_made_the_old_way_runs_its_listeners_in_emit():
    src = """
        const express = require('express');
        const EventEmitter = require('events');
        const util = require('util');
        const app = express();
        function Bus() { EventEmitter.call(this); }
        util.inherits(Bus, EventEmitter);
        const bus = new Bus();
        let seen = 0;
        bus.on('seen', () => { seen += 1; });
        app.post('/seen', (req, res) => { bus.emit('seen'); res.json(seen); });
    """
    assert write_lines(src, "seen") == {("post_seen", 9)}


WAITERS = """
    const express = require('express');
    const events = require('node:events');
    const { once, on } = require('events');
    const app = express();
    const bus = new events.EventEmitter();
    app.post('/a', async (req, res) => { await events.once(bus, 'done'); res.end(); });
    app.post('/b', async (req, res) => { const [n] = await once(bus, 'done'); res.json(n); });
    app.post('/c', (req, res) => { on(bus, 'tick'); res.end(); });
    app.post('/d', (req, res) => { once(new events.EventEmitter(), 'x'); res.end(); });
"""


def test_events_once_and_on_add_listeners_to_the_emitter_they_are_given():
    assert write_lines(WAITERS, "bus") == {("post_a", 6), ("post_b", 7), ("post_c", 8)}
    assert not stateful(WAITERS, 9)


HELD_JOBS = """
    const express = require('express');
    const { once, EventEmitter } = require('events');
    const app = express();
    class Queue extends EventEmitter {
      jobs = new Map();
      add(type) {
        const job = { id: this.jobs.size + 1, type, state: 'queued' };
        this.jobs.set(job.id, job);
        setImmediate(() => { job.state = 'done'; this.emit('idle'); });
        return job;
      }
    }
    const queue = new Queue();
    app.post('/jobs', async (req, res) => {
      const jobs = [req.query.a, req.query.b].map((t) => queue.add(t));
      const first = queue.add('x');
      await once(queue, 'idle');
      res.json({ states: jobs.map((j) => j.state), first: first.state });
    });
"""


def test_a_continuation_reading_objects_of_the_state_through_locals_is_in_the_group():
    """fresh4-job-queue: the jobs a handler added, kept in locals across `await once(queue,
    'idle')`, are the queue's own objects: the continuation reads the queue's state."""
    g = graph(HELD_JOBS)
    after = [f["id"] for f in g["fluxions"] if f["id"].startswith(("await_17", "after_17"))]
    assert after and same_group(g, "post_jobs", *after)


LOBBY = """
    const express = require('express');
    const { EventEmitter } = require('events');
    const app = express();
    class Lobby extends EventEmitter {
      players = new Map();
      constructor() {
        super();
        this.on('join', this.#onJoin);
        this.on('leave', (name) => { this.players.delete(name); });
      }
      #onJoin(name) { this.players.set(name, { ready: false }); }
      join(name) { this.emit('join', name); }
    }
    const lobbies = new Map([['ranked', new Lobby()]]);
    const boards = {};
    function track(lobby) {
      lobby.on('join', () => { boards.joins = (boards.joins ?? 0) + 1; });
    }
    track(lobbies.get('ranked'));
    app.param('lobby', (req, res, next, name) => { req.lobby = lobbies.get(name); next(); });
    app.post('/:lobby/join/:name', (req, res) => { req.lobby.join(req.params.name); res.end(); });
    app.delete('/:lobby/:name', (req, res) => { req.lobby.emit('leave', req.params.name); res.end(); });
    app.get('/boards', (req, res) => res.json(boards));
"""


def test_a_private_method_registered_as_a_listener_runs_on_emit():
    """fresh9-game-lobby: `this.on('join', this.#onJoin)` in the constructor, `this.emit('join')`
    in a method: the private method writes the lobby, in the fluxion that calls the method."""
    assert stateful(LOBBY, 21)


def test_an_emit_on_a_value_carried_on_req_runs_the_programs_listeners():
    """`req.lobby.emit('leave', name)` (the lobby a `router.param` put on req): a listener its
    constructor registered writes the lobby."""
    assert stateful(LOBBY, 22)


def test_a_listener_added_to_an_emitter_passed_as_a_parameter_runs_on_emit_too():
    """`track(lobby)` adding a listener that writes `boards`: `lobby` may be one of the program's
    emitters, whose emits run the listener inside the emitting fluxion."""
    assert same_group(LOBBY, 21, 23)


@pytest.mark.parametrize("register", ["this.onPlaced = this.onPlaced.bind(this); bus.on('placed', this.onPlaced);",
                                      "bus.on('placed', (order) => this.onPlaced(order));",
                                      "bus.on('placed', (order) => { this.invoices.push(order); });"])
def test_a_listener_of_another_emitter_writes_the_instance_that_registered_it(register):
    """fresh10-esm-order-bus: a billing instance registers its bound method (or an arrow) on a
    module bus in its constructor; `bus.emit` runs it with the instance as `this`, not the bus:
    the instance is written where `emit` is (it was the bus, and the invoices were lost)."""
    src = """
        const express = require('express');
        const { EventEmitter } = require('events');
        const app = express();
        const bus = new EventEmitter();
        class Billing {
          invoices = [];
          constructor() { %s }
          onPlaced(order) { this.invoices.push(order); }
        }
        const billing = new Billing();
        app.post('/orders', (req, res) => { bus.emit('placed', req.body); res.end(); });
        app.get('/invoices', (req, res) => res.json(billing.invoices));
    """ % register
    assert same_group(src, 11, 12)


EVENT_TARGET = """
    const express = require('express');
    const bus = new EventTarget();
    const trail = [];
    bus.addEventListener('order', (event) => { trail.push(event.detail); });
    class Stock extends EventTarget { alerts = 0; constructor() { super(); this.addEventListener('low', () => { this.alerts++; }); } }
    const stock = new Stock();
    const app = express();
    app.post('/o', (req, res) => { bus.dispatchEvent(new CustomEvent('order', { detail: 1 })); res.end(); });
    app.post('/low', (req, res) => { stock.dispatchEvent(new Event('low')); res.end(); });
    app.get('/r', (req, res) => res.json({ trail, alerts: stock.alerts }));
    module.exports = app;
"""


def test_dispatch_event_runs_the_listeners_of_an_event_target_of_the_program():
    """`new EventTarget()` (or a class extending it) is an emitter of the program:
    `addEventListener` registers a listener that `dispatchEvent` runs inside the calling
    fluxion (state-event-target). Before, the listener's writes were nobody's: the handler
    was replicated and /r read main's empty trail."""
    assert ("post_o", 4) in write_lines(EVENT_TARGET, "trail")
    assert same_group(EVENT_TARGET, 8, 9, 10)


# eventemitter3 is Node's EventEmitter API as a package: `emit` runs the listeners synchronously,
# in the message that emits (fresh15-warehouse-stock: an alerts module's listener on a bus module,
# registered by `alerts.subscribe(bus)`, fired by the inventory's handlers).
EE3_MODULES = {
    "app.js": """
        const express = require('express');
        const bus = require('./bus');
        const alerts = require('./alerts');
        alerts.subscribe(bus);
        const app = express();
        app.post('/low/:sku', (req, res) => { bus.emit('low', req.params.sku); res.end(); });
        app.get('/alerts', (req, res) => res.json(alerts.drain()));
    """,
    "bus.js": """
        const EventEmitter = require('eventemitter3');
        module.exports = new EventEmitter();
    """,
    "alerts.js": """
        const pending = [];
        function onLow(sku) { pending.push(sku); }
        exports.subscribe = (bus) => { bus.on('low', onLow); };
        exports.drain = () => pending.splice(0);
    """,
}


def test_listeners_of_an_eventemitter3_bus_run_in_the_emitting_fluxion():
    assert ("post_low_sku", 2) in write_lines(EE3_MODULES, "pending")
    assert same_group(EE3_MODULES, "post_low_sku", "get_alerts")


EE3_ESM_SUBCLASS = {
    "package.json": '{"type": "module"}',
    "app.js": """
        import express from 'express';
        import EventEmitter from 'eventemitter3';
        class Bus extends EventEmitter {}
        const bus = new Bus();
        const seen = [];
        bus.on('hit', (path) => { seen.push(path); });
        const app = express();
        app.get('/hit', (req, res) => { bus.emit('hit', req.path); res.end(); });
        app.get('/seen', (req, res) => res.json(seen));
        export default app;
    """,
}


def test_listeners_of_an_eventemitter3_subclass_imported_as_a_module_are_not_fluxions():
    assert write_lines(EE3_ESM_SUBCLASS, "seen") == {("get_hit", 6)}
    assert same_group(EE3_ESM_SUBCLASS, 8, 9)


ONCE_TARGET = """
    const express = require('express');
    const bus = new EventTarget();
    let first = null;
    bus.addEventListener('order', (event) => { first = event.detail; }, { once: true });
    bus.addEventListener('order', (event) => { console.log(event.detail); }, { passive: true });
    const app = express();
    app.post('/o', (req, res) => { bus.dispatchEvent(new CustomEvent('order', { detail: req.query.id })); res.end(); });
    app.get('/first', (req, res) => res.json(first));
    module.exports = app;
"""


def test_dispatch_event_that_removes_a_once_listener_writes_the_event_target():
    """`addEventListener(type, fn, { once: true })` is a `once` listener: the dispatch that runs it
    removes it, a write of the EventTarget (fresh21-order-events). Before, the EventTarget was no
    unit's state: while units moved, a node loading it from main's snapshot ran the listener again."""
    assert ("post_o", 7) in write_lines(ONCE_TARGET, "bus")


FEED = """
    const express = require('express');
    const { EventEmitter, on } = require('events');
    const app = express();
    const events = new EventEmitter();
    const feed = [];
    (async () => {
      for await (const [change] of on(events, 'change')) feed.push(change);
    })();
    const ticks = on(events, 'tick');
    app.post('/c/:x', (req, res) => { events.emit('change', req.params.x); res.end(); });
    app.get('/next', async (req, res) => { const { value } = await ticks.next(); res.json(value); });
    app.get('/feed', (req, res) => res.json(feed));
"""


def test_reading_an_events_on_iterator_changes_its_emitter():
    """A `for await` over `on(events, 'change')` in main's async IIFE (fresh26c-esm-kanban-board's activity feed):
    its `next()` in the loop's continuation read a copy of the iterator's queue, whose listener the emitter's unit
    held, so the feed got the first event only. Reading the iterator changes the emitter: they live together."""
    g = graph(FEED)
    groups = [set(grp["variables"]) for grp in g["groups"]]
    assert any({"events", "feed"} <= variables for variables in groups), groups
    assert same_group(FEED, 7, 10, 11, 12)
