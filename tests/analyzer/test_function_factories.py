"""A function returned by a program function is the callback where its result is passed."""

from .helpers import (assert_fluxions, context, diagnostic_lines, graph, has_stream, kind_of, routes, same_group, signature,
                      stateful, streams, summary, variables, write_lines)

FACTORY = """
    var express = require('express');
    var app = express();
    function makeHandler(word) {
      return function handle(req, res) {
        res.send(word);
      };
    }
    app.get('/a', makeHandler('a'));
    app.get('/b', makeHandler('b'));
"""


def test_returned_function_is_one_start_fluxion():
    assert_fluxions(FACTORY, ["main", ("start", 4, "handle")])


def test_each_registration_is_a_stream_and_a_route():
    assert len(streams(FACTORY, "main", 4)) == 2
    assert routes(FACTORY) == {("GET", "/a", 4), ("GET", "/b", 4)}


def test_captured_factory_argument_reaches_the_fluxion():
    assert "word" in signature(FACTORY, "main", 4) | set(context(FACTORY, 4))


CONTINUATION_FACTORY = """
    var fs = require('fs');
    var express = require('express');
    var app = express();
    function replyWith(res, prefix) {
      return function reply(err, data) { res.send(prefix + data); };
    }
    app.get('/t', function t(req, res) { setTimeout(replyWith(res, '> '), 1); });
    app.get('/f', function f(req, res) { fs.readFile('x', 'utf8', replyWith(res, '> ')); });
"""


def test_factory_of_continuations_handed_to_a_timer():
    assert ("post", 5) in summary(CONTINUATION_FACTORY)
    assert {"res", "prefix"} <= signature(CONTINUATION_FACTORY, 7, 5)


def test_factory_of_continuations_handed_to_a_module_function():
    assert has_stream(CONTINUATION_FACTORY, 8, 5)


def test_arrow_factory():
    src = """
        const later = (ms) => () => console.log(ms);
        setTimeout(later(5), 5);
    """
    assert_fluxions(src, ["main", ("post", 1)])


def test_factory_result_stored_in_a_variable():
    src = """
        function makeTick(label) { return function tick() { console.log(label); }; }
        var t = makeTick('x');
        setInterval(t, 10);
    """
    assert_fluxions(src, ["main", ("start", 1, "tick")])


def test_factory_returning_one_of_two_functions():
    src = """
        function pick() {
          return Math.random() > 0.5
            ? function p1() {}
            : function p2() {};
        }
        setTimeout(pick(), 2);
    """
    assert ("post", 3) in summary(src)
    assert ("post", 4) in summary(src) or 6 in diagnostic_lines(src, "dynamic-callback")


def test_middleware_made_by_a_map_callback_are_fluxions_writing_state():
    """fresh10-catalog-sync: `counting(...names)` returns `names.map((name) => (req, res, next) =>
    { counts[name]++; next(); })`, handed to `router.route('/').get(counting('list'), ...)`: the
    middleware were not found (they ran unseen and wrote `counts` from a unit analysed stateless)."""
    src = """
        const express = require('express');
        const app = express();
        const counts = {};
        const counting = (...names) => names.map((name) => (req, res, next) => { counts[name] = (counts[name] ?? 0) + 1; next(); });
        app.get('/', counting('list', 'read'), (req, res) => res.json(counts));
        app.post('/', ...counting('write'), (req, res) => res.json(counts));
    """
    assert ("start", 4) in summary(src)
    assert same_group(src, 4, 5, 6)


ROUTER_FACTORY = """
    const express = require('express');
    const app = express();
    class Store { #items = new Map(); add(x) { this.#items.set(x, x); } get size() { return this.#items.size; } }
    function makeRouter(store) {
      const router = express.Router();
      router.post('/', (req, res) => { store.add(req.body.x); res.json(store.size); });
      return router;
    }
    const stores = { a: new Store(), b: new Store() };
    for (const [name, store] of Object.entries(stores)) app.use('/' + name, makeRouter(store));
    app.get('/sizes', (req, res) => res.json(Object.values(stores).map((s) => s.size)));
    module.exports = app;
"""


def test_a_factorys_closure_changing_its_parameter_changes_what_the_callers_handed():
    """fresh11-esm-crud-factory: `makeRouter(store)`'s handler changes `store` after the call
    returned, so it changes `stores`, whose stores main handed to it: the handler and the
    route reading `stores` are one group (before, `/sizes` read main's copy: all sizes 0)."""
    assert same_group(ROUTER_FACTORY, 6, 11)

OPTIONS_FACTORY = """
    const express = require('express');
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    function timed({ label, store }) {
      let started = 0;
      return async (req, res, next) => {
        started += 1;
        await sleep(2);
        store.push(label + started);
        next();
      };
    }
    function counted(options) {
      return (req, res, next) => { options.hits.push(req.path); next(); };
    }
    const trail = [];
    const hits = [];
    const app = express();
    app.use('/p', timed({ label: 'p', store: trail }));
    app.use('/q', counted({ hits }));
    app.get('/trail', (req, res) => res.json({ trail, hits }));
    module.exports = app;
"""


def test_a_factorys_closure_changing_what_its_options_object_holds_changes_what_the_callers_handed():
    """curried-async-factories: `timed({ label, store })`'s middleware pushes to `store`, a name
    its parameter's pattern picks, after an await; `counted(options)`'s, to `options.hits`.
    Both change what main put in the literal it handed (`trail`, `hits`). Before, only a change
    of a plain named parameter counted: the middlewares kept their own copies of `trail` and
    `hits`, and /trail read main's empty ones."""
    assert ("await_7", 8) in write_lines(OPTIONS_FACTORY, "trail")
    assert ("use_q", 13) in write_lines(OPTIONS_FACTORY, "hits")
    assert same_group(OPTIONS_FACTORY, 7, 13, 20)


STARTUP_FACTORY = """
    const express = require('express');
    class Audit {
      #entries = [];
      record(action) { this.#entries.push(action); }
      get size() { return this.#entries.length; }
    }
    function notesRouter({ audit }) {
      const router = express.Router();
      router.post('/', (req, res) => { audit.record('create'); res.status(201).end(); });
      return router;
    }
    const app = express();
    async function main() {
      await Promise.resolve();
      const audit = new Audit();
      app.use('/notes', notesRouter({ audit }));
      app.get('/audit', (req, res) => res.json({ size: audit.size }));
    }
    main();
    module.exports = app;
"""


def test_a_factorys_closure_changing_its_parameter_changes_the_callers_captured_variable():
    """async-start-router: a start-up function's own `audit` (no module variable holds it) handed to
    a router factory, whose handler records into it, and read by a route the start-up function
    registers. Before, only module variables handed to a factory counted: the reader got main's
    copy of `audit` in its message (size 0 after every create)."""
    assert ("post_root", 4) in write_lines(STARTUP_FACTORY, "audit")
    kinds = {v["declared_in"]: v["kind"] for v in graph(STARTUP_FACTORY)["variables"] if v["name"] == "audit"}
    assert kinds["await_14"] == "share"
    assert same_group(STARTUP_FACTORY, 9, 17)


def test_a_factorys_argument_nothing_else_keeps_is_no_callers_state():
    src = STARTUP_FACTORY.replace("app.get('/audit', (req, res) => res.json({ size: audit.size }));", "")
    assert ("post_root", 4) in write_lines(src, "audit")
    kinds = {v["declared_in"]: v["kind"] for v in graph(src)["variables"] if v["name"] == "audit"}
    assert kinds.get("await_14") != "share"  # the start-up's own `audit`: no closure of it keeps it


def test_a_curried_middleware_factory_in_another_module_shares_its_state_with_readers():
    """`const mw = (name) => (req, res, next) => { counts[name] = 1; next(); }` (an arrow whose
    body is an arrow): its inner function's writes were taken for the factory's, so a handler of
    another module reading `counts` (destructured from require) was not grouped with the middleware
    (fresh10-catalog-sync)."""
    files = {
        "app.js": """
            const express = require('express');
            const { counts, mw } = require('./counters');
            const app = express();
            app.get('/a', mw('x'), (req, res) => res.json(1));
            app.get('/counts', (req, res) => res.json(counts));
        """,
        "counters.js": """
            const counts = {};
            const mw = (name) => (req, res, next) => { counts[name] = (counts[name] ?? 0) + 1; next(); };
            module.exports = { mw, counts };
        """,
    }
    groups = {f["id"]: f["group"] for f in graph(files)["fluxions"]}
    assert groups["get_counts"] is not None and groups["get_counts"] == groups["get_a_2"]


def test_a_curried_function_three_deep_runs_its_innermost_code_where_it_is_called():
    """`const limit = (max) => (name) => (req, res, next) => {...}`: the innermost arrow is the
    middleware; its writes are its own, not the factories' (which run in main)."""
    src = """
        const express = require('express');
        const app = express();
        const used = {};
        const limit = (max) => (name) => (req, res, next) => {
          used[name] = (used[name] ?? 0) + 1;
          used[name] > max ? res.status(429).end() : next();
        };
        app.get('/a', limit(2)('a'), (req, res) => res.json(used));
        app.get('/used', (req, res) => res.json(used));
    """
    assert ("start", 4) in summary(src)
    assert same_group(src, 4, 9)
    assert write_lines(src, "used") == {("get_a", 5)}


REDUX = """
    const express = require('express');
    const app = express();
    function createStore() {
      let listeners = [];
      let state = 0;
      return {
        subscribe(fn) { listeners.push(fn); return () => { listeners = listeners.filter((l) => l !== fn); }; },
        dispatch() { state += 1; listeners.slice().forEach((l) => l()); },
        get: () => state,
      };
    }
    const store = createStore();
    let seen = 0;
    const off = store.subscribe(() => { seen += 1; if (seen >= 2) off(); });
    app.post('/inc', (req, res) => { store.dispatch(); res.json(store.get()); });
    app.get('/seen', (req, res) => res.json({ seen, state: store.get() }));
"""


def test_a_closure_changing_its_factorys_variable_writes_the_module_variable_holding_it():
    """`store.dispatch()` runs a closure createStore made in main, which changes createStore's
    `state` and `listeners`; `off()` reassigns `listeners`. What holds those closures (`store`,
    `off`) is changed by the handler: kept in its unit with them, as one encoding, so that the
    listener `off` compares with is the one in `listeners` (both were read-only copies of main's
    values, and an unsubscribe was lost: fresh3-redux-store)."""
    assert ("post_inc", 8) in write_lines(REDUX, "store")
    assert ("post_inc", 7) in write_lines(REDUX, "off")
    assert kind_of(REDUX, "store") == "share" and same_group(REDUX, 15, 16)
    assert kind_of(REDUX, "off") == "scope" and "off" in context(REDUX, 15)  # its unit: the group's


def test_a_factory_called_in_main_and_in_a_handler():
    """`makeCounter()` made once in main (`total`) and again in each request (`mine`): the
    handler changes main's counter through `total`, so `total` is its state; `mine` is the
    message's own."""
    src = """
        const express = require('express');
        const app = express();
        const makeCounter = (start) => { let n = start; return { inc: () => ++n, value: () => n }; };
        const total = makeCounter(100);
        app.post('/hit', (req, res) => {
          const mine = makeCounter(0);
          mine.inc(); mine.inc();
          res.json({ mine: mine.value(), total: total.inc() });
        });
        app.get('/total', (req, res) => res.json(total.value()));
    """
    assert ("post_hit", 3) in write_lines(src, "total")
    assert same_group(src, 5, 10)
    assert variables(src, "mine") == []


def test_a_closure_called_inside_its_factory_writes_no_holder():
    """A closure called by its own factory's code (`bump()` inside `tally`) changes that call's
    variable: nothing outside is written."""
    src = """
        const express = require('express');
        const app = express();
        function tally(list) {
          let n = 0;
          const bump = () => { n += 1; };
          list.forEach(bump);
          return n;
        }
        app.get('/n', (req, res) => res.json(tally([1, 2, 3])));
    """
    assert not stateful(src, 9)


def test_an_unsubscribe_called_from_another_module_writes_its_holder_there():
    """`stopUsers()` in registry.js runs the unsubscribe arrow `createRepo` (repo.js) made: the
    caller was taken to be inside createRepo because its position in its own file fell within
    createRepo's in the other (a range comparison across modules), so `stopUsers` was not written
    and stayed a read-only copy: the unsubscribe was lost (curried-esm-repos)."""
    files = {
        "app.js": """
            const express = require('express');
            const { users, events } = require('./registry');
            const app = express();
            app.post('/u', (req, res) => res.json(users.add(req.query.name)));
            app.get('/events', (req, res) => res.json(events));
            module.exports = app;
        """,
        "registry.js": """
            const { createRepo } = require('./repo');
            const users = createRepo();
            const events = [];
            let n = 0;
            const stop = users.onChange((row) => { events.push(row); if (++n >= 2) stop(); });
            module.exports = { users, events };
        """,
        "repo.js": """
            function createRepo() {  // long enough that registry.js's listener lies, by position, inside it
              let rows = [];
              let listeners = [];
              return {
                add(row) { rows.push(row); listeners.slice().forEach((fn) => fn(row)); return rows.length; },
                onChange(fn) {
                  listeners.push(fn);
                  return () => { listeners = listeners.filter((l) => l !== fn); };
                },
              };
            }
            module.exports = { createRepo };
        """,
    }
    g = graph(files)
    stop = [v for v in g["variables"] if v["name"] == "stop"]
    assert stop and {w["fluxion"] for w in stop[0]["writes"]} == {"post_u"}


PIPELINE = """
    const express = require('express');
    const app = express();
    let trimmed = 0, lowered = 0;
    const trim = (s) => { trimmed += 1; return s.trim(); };
    const lower = (s) => { lowered += 1; return s.toLowerCase(); };
    const pipe = (...fns) => (x) => fns.reduce((acc, fn) => fn(acc), x);
    const compose = (...fns) => (x) => fns.reduceRight((acc, fn) => fn(acc), x);
    const clean = pipe(trim, lower);
    const tidy = compose(lower, trim);
    app.post('/clean', (req, res) => res.json(clean(req.query.s)));
    app.post('/tidy', (req, res) => res.json(tidy(req.query.s)));
    app.get('/counts', (req, res) => res.json({ trimmed, lowered }));
"""


def test_functions_composed_by_reduce_over_a_rest_parameter_run_in_the_caller():
    """`pipe(...fns)` returns `(x) => fns.reduce((acc, fn) => fn(acc), x)`: `fn` is any function
    handed to pipe (every argument goes into the rest parameter), so `trim` and `lower` run in the
    handlers calling `clean` and `tidy`, with their writes; they ran nowhere (curried-esm-pipelines)."""
    assert write_lines(PIPELINE, "trimmed") == {("post_clean", 4), ("post_tidy", 4)}
    assert write_lines(PIPELINE, "lowered") == {("post_clean", 5), ("post_tidy", 5)}
    assert same_group(PIPELINE, 10, 11, 12)


def test_a_variable_of_a_factory_main_and_handlers_run_is_state_when_mains_closures_use_it_there():
    """makeCounter runs in main (`hits`) and in the handler (`mine`); `hits.inc`, a listener of `bus`,
    runs in the handler: every use of `n` runs where makeCounter runs, yet the handler's `hits.inc()`
    changes main's `n`, not a local of its own run. It is shared state (a cell), not a local."""
    src = """
        const express = require('express');
        const EventEmitter = require('events');
        const app = express();
        const bus = new EventEmitter();
        function makeCounter() { let n = 0; return { inc: () => ++n, get: () => n }; }
        const hits = makeCounter();
        bus.on('hit', hits.inc);
        app.post('/hit', (req, res) => {
          const mine = makeCounter();
          mine.inc();
          bus.emit('hit');
          res.json({ mine: mine.get(), hits: hits.get() });
        });
    """
    assert kind_of(src, "n") == "share"
    assert ("post_hit", 5) in write_lines(src, "n")


def test_a_helper_run_in_main_and_in_handlers_keeps_its_locals():
    """`total` of `sum`, changed by a forEach callback `sum` itself runs, is each call's own: main and
    the handler both run sum, but no closure main made uses it elsewhere."""
    src = """
        const express = require('express');
        const app = express();
        function sum(xs) { let total = 0; xs.forEach((x) => { total += x; }); return total; }
        const base = sum([1, 2, 3]);
        app.get('/sum', (req, res) => res.json(base + sum([4, 5])));
    """
    assert variables(src, "total") == []
    assert not stateful(src, 5)


def test_a_function_picked_from_an_object_made_by_from_entries_runs_in_the_caller():
    """`Object.fromEntries(Object.entries(table).map(([k, fn]) => [k, memoize(fn)]))`, then
    `lookups[name](n)` in a handler: the memoized closures (and the functions they wrap) run there,
    with their writes; they ran nowhere, and the handler, analysed as stateless, wrote the memo
    tables and `computed` (curried-handler-decorators)."""
    src = """
        const express = require('express');
        const app = express();
        let computed = 0;
        const memoize = (fn) => { const memo = new Map(); return (k) => (memo.has(k) ? memo.get(k) : memo.set(k, fn(k)).get(k)); };
        const lookups = Object.fromEntries(Object.entries({
          square: (n) => { computed += 1; return n * n; },
        }).map(([name, fn]) => [name, memoize(fn)]));
        app.get('/calc/:fn/:n', (req, res) => {
          const fn = lookups[req.params.fn];
          res.json({ value: fn(Number(req.params.n)), computed });
        });
    """
    assert ("get_calc_fn_n", 6) in write_lines(src, "computed")
    assert stateful(src, 8)
