"""Runtime values that cross messages (EventEmitters, fs.Stats), fs argument
errors, process.nextTick ordering — on a LocalService (two isolates, so that
every message after main may run in another isolate than the one before)."""
from tests.executor.runtime_harness import LocalService

HEAD = "var express = require('express');\nvar app = express();\n"
END = "\nmodule.exports = app;\n"


def service(code, **files):
    return LocalService({"app.js": HEAD + code + END, **files})


def test_module_level_emitter_keeps_on_and_once_listeners():
    with service("""
var EventEmitter = require('events');
var bus = new EventEmitter();
var seen = [];
bus.on('sale', function record(item) { seen.push('on ' + item); });
bus.once('sale', function first(item) { seen.push('once ' + item); });
bus.prependOnceListener('sale', function before(item) { seen.push('before ' + item); });
app.post('/sell/:item', function sell(req, res) {
  bus.emit('sale', req.params.item);
  res.json({ seen: seen, count: bus.listenerCount('sale'), raw: bus.rawListeners('sale').length });
});""") as svc:
        assert svc.request("POST", "/sell/tea").json() == {
            "seen": ["before tea", "on tea", "once tea"], "count": 1, "raw": 1}
        assert svc.request("POST", "/sell/cake").json()["seen"][-1] == "on cake"


def test_emitter_subclass_keeps_its_class_fields_and_cycles():
    with service("""
var EventEmitter = require('events');
class Counter extends EventEmitter {
  constructor() { super(); this.n = 0; }
  bump() { this.n += 1; this.emit('bumped', this.n); return this.n; }
}
var counter = new Counter();
var log = [];
counter.on('bumped', function note(n) { log.push(n + ':' + (this === counter) + ':' + counter.n); });
app.post('/bump', function bump(req, res) {
  res.json({ n: counter.bump(), log: log, isCounter: counter instanceof Counter });
});""") as svc:
        svc.request("POST", "/bump")
        assert svc.request("POST", "/bump").json() == {"n": 2, "log": ["1:true:1", "2:true:2"], "isCounter": True}


def test_emitter_carried_by_a_stream_with_a_fluxion_that_posts_itself():
    with service("""
var EventEmitter = require('events');
function runJob(steps) {
  var job = new EventEmitter();
  var done = 0;
  function step() {
    done += 1;
    job.emit('progress', done);
    if (done < steps) setImmediate(step);
    else job.emit('done', done);
  }
  setImmediate(step);
  return job;
}
app.get('/job/:n', function job(req, res) {
  var seen = [];
  var worker = runJob(Number(req.params.n));
  worker.on('progress', function onProgress(n) { seen.push(n); });
  worker.once('done', function onDone(n) { res.json({ steps: n, progress: seen }); });
});""") as svc:
        assert svc.request("GET", "/job/3").json() == {"steps": 3, "progress": [1, 2, 3]}


def test_stats_and_dirents_keep_their_methods_after_a_trip():
    with service("""
var fs = require('fs');
app.get('/stat', function stat(req, res) {
  fs.stat(__dirname + '/data/a.txt', function statted(err, st) {
    fs.readdir(__dirname + '/data', { withFileTypes: true }, function listed(err2, entries) {
      setImmediate(function later() {
        res.json({ size: st.size, isFile: st.isFile(), isDirectory: st.isDirectory(),
                   stats: st instanceof fs.Stats, mtime: st.mtime instanceof Date,
                   entries: entries.map(function (e) { return [e.name, e.isDirectory(), e instanceof fs.Dirent]; }) });
      });
    });
  });
});""", **{"data/a.txt": "hello", "data/sub/b.txt": "x"}) as svc:
        assert svc.request("GET", "/stat").json() == {
            "size": 5, "isFile": True, "isDirectory": False, "stats": True, "mtime": True,
            "entries": [["a.txt", False, True], ["sub", True, True]]}


def test_fs_rejects_an_unknown_encoding_at_the_call():
    with service("""
var fs = require('fs');
function attempt(fn) {
  try { fn(); return 'no error'; } catch (e) { return [e.name, e.code, e.message]; }
}
app.get('/enc', function enc(req, res) {
  var file = __dirname + '/a.txt';
  res.json([
    attempt(function () { fs.readFile(file, { encoding: 'klingon' }, function () {}); }),
    attempt(function () { fs.readFileSync(file, 'klingon'); }),
    attempt(function () { fs.writeFile(file, 'x', 'klingon', function () {}); }),
    attempt(function () { fs.readFileSync(file, 5); }),
    attempt(function () { fs.readFileSync(file, { encoding: 'buffer' }); }),
    attempt(function () { fs.readFile(true, function () {}); }),
  ]);
});
app.get('/missing', function missing(req, res) {
  fs.readFile(__dirname + '/nope.txt', 'klingon', function read(err) { res.send('called'); });
});""", **{"a.txt": "hello"}) as svc:
        invalid = ["TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'encoding' is invalid encoding. Received 'klingon'"]
        assert svc.request("GET", "/enc").json() == [
            invalid, invalid, invalid,
            ["TypeError", "ERR_INVALID_ARG_TYPE",
             'The "options" argument must be one of type string or object. Received type number (5)'],
            ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: buffer"],
            ["TypeError", "ERR_INVALID_ARG_TYPE",
             'The "path" argument must be of type string or an instance of Buffer or URL. Received type boolean (true)']]
        assert svc.request("GET", "/missing").status == 500  # thrown before the file is looked for


def test_next_tick_runs_before_immediates_and_timers():
    with service("""
app.get('/order', function order(req, res) {
  var seen = [];
  setTimeout(function timer() { seen.push('timeout'); }, 0);
  setImmediate(function later() {
    seen.push('immediate');
    setTimeout(function last() { res.json(seen); }, 5);
  });
  process.nextTick(function soon(x) {
    seen.push('tick ' + x);
    process.nextTick(function sooner() { seen.push('nested tick'); });
  }, 'arg');
  queueMicrotask(function micro() { seen.push('microtask'); });
  seen.push('sync');
});""") as svc:
        assert svc.request("GET", "/order").json() == [
            "sync", "tick arg", "nested tick", "microtask", "immediate", "timeout"]


def test_queue_microtask_after_an_await_runs_in_order_with_promise_reactions():
    """One microtask queue, as in Node: a queueMicrotask callback queued by a promise reaction
    runs (it was left behind once the reactions were drained), between the reactions queued
    before and after it."""
    with service("""
app.get('/micro', async function micro(req, res) {
  var seen = [];
  await Promise.resolve();
  queueMicrotask(function first() { seen.push('queued'); });
  Promise.resolve().then(function second() { seen.push('reaction'); });
  await new Promise(function (resolve) { queueMicrotask(resolve); });
  seen.push('resumed');
  res.json(seen);
});""") as svc:
        assert svc.request("GET", "/micro").json() == ["queued", "reaction", "resumed"]


def test_next_tick_checks_its_callback():
    with service("""
app.get('/bad', function bad(req, res) {
  try { process.nextTick(5); } catch (e) { return res.json([e.code, e.message]); }
  res.send('no error');
});""") as svc:
        assert svc.request("GET", "/bad").json() == [
            "ERR_INVALID_ARG_TYPE", 'The "callback" argument must be of type function. Received type number (5)']


def test_instance_of_a_class_of_the_service_that_refers_to_itself():
    with service("""
class Box { constructor(v) { this.v = v; this.me = this; } get() { return this.v; } }
var box = new Box(1);
app.post('/bump', function bump(req, res) {
  box.v += 1;
  res.json({ v: box.get(), same: box.me === box, viaMe: box.me.get() });
});""") as svc:
        svc.request("POST", "/bump")
        assert svc.request("POST", "/bump").json() == {"v": 3, "same": True, "viaMe": 3}


def test_object_with_shorthand_methods_and_a_bound_class_method_travel():
    with service("""
var queue = {
  items: [],
  add(x) { this.items.push(x); return this.items.length; },
  size() { return this.items.length; },
};
class Meter {
  constructor() { this.count = 0; }
  tick(by) { this.count += by; return this.count; }
}
var meter = new Meter();
var tick = meter.tick.bind(meter);
app.post('/add/:x', function add(req, res) {
  res.json({ length: queue.add(req.params.x), size: queue.size(), ticks: tick(2), same: tick === tick });
});""") as svc:
        svc.request("POST", "/add/a")
        assert svc.request("POST", "/add/b").json() == {"length": 2, "size": 2, "ticks": 4, "same": True}


def test_intl_formatters_in_module_state_keep_their_options():
    with service("""
var fmt = {
  money: new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }),
  day: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }),
  hour: new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
  list: new Intl.ListFormat('en', { type: 'disjunction' }),
  ordinal: new Intl.PluralRules('en-US', { type: 'ordinal' }),
};
var seen = [];
app.post('/see/:cents', function see(req, res) {
  seen.push(fmt.money.format(Number(req.params.cents) / 100));
  res.json({ seen: fmt.list.format(seen), day: fmt.day.format(new Date(0)), hour: fmt.hour.format(new Date(0)),
             ordinal: fmt.ordinal.select(seen.length + 1), options: fmt.money.resolvedOptions().currency });
});""") as svc:
        svc.request("POST", "/see/1250")
        assert svc.request("POST", "/see/99").json() == {
            "seen": "12,50\u00a0€ or 0,99\u00a0€", "day": "1 Jan 1970", "hour": "12:00 AM", "ordinal": "few",
            "options": "EUR"}


def test_symbol_keys_keep_their_identity_and_frozen_objects_stay_frozen():
    with service("""
var kLedger = Symbol('ledger');
var kShared = Symbol.for('app.shared');
var config = Object.freeze({ currency: 'EUR', limits: Object.freeze({ max: 10 }) });
var sealed = Object.seal({ n: 0 });
var accounts = {};
app.post('/open/:name', function open(req, res) {
  var account = { name: req.params.name };
  account[kLedger] = ['open'];
  account[kShared] = 1;
  accounts[req.params.name] = account;
  sealed.n += 1;
  res.end();
});
app.post('/log/:name', function log(req, res) {
  var account = accounts[req.params.name];
  account[kLedger].push('entry');
  config.currency = 'USD';  // ignored: frozen (a script, not a module: no throw)
  res.json({ ledger: account[kLedger], shared: account[kShared], symbols: Object.getOwnPropertySymbols(account).length,
             frozen: Object.isFrozen(config) && Object.isFrozen(config.limits), currency: config.currency,
             sealed: Object.isSealed(sealed) && !Object.isFrozen(sealed), n: sealed.n,
             same: Object.getOwnPropertySymbols(account)[0] === kLedger });
});""") as svc:
        svc.request("POST", "/open/ada")
        svc.request("POST", "/log/ada")
        assert svc.request("POST", "/log/ada").json() == {
            "ledger": ["open", "entry", "entry"], "shared": 1, "symbols": 2, "frozen": True, "currency": "EUR",
            "sealed": True, "n": 1, "same": True}


def test_a_module_level_weak_map_keeps_the_entries_whose_keys_the_state_holds():
    with service("""
var balances = new WeakMap();
class Wallet {
  constructor(owner) { this.owner = owner; balances.set(this, 0); }
  get balance() { return balances.get(this); }
  deposit(n) { balances.set(this, this.balance + n); }
}
var wallets = new Map();
app.post('/open/:owner', function open(req, res) {
  wallets.set(req.params.owner, new Wallet(req.params.owner));
  balances.set({ unreachable: true }, 1);  // weak: nothing else holds the key
  res.end();
});
app.post('/deposit/:owner/:n', function deposit(req, res) {
  var w = wallets.get(req.params.owner);
  w.deposit(Number(req.params.n));
  res.json({ balance: w.balance, has: balances.has(w), isWeak: balances instanceof WeakMap,
             name: WeakMap.name, tag: Object.prototype.toString.call(balances) });
});""") as svc:
        svc.request("POST", "/open/ada")
        svc.request("POST", "/open/bob")
        svc.request("POST", "/deposit/ada/5")
        svc.request("POST", "/deposit/bob/1")
        assert svc.request("POST", "/deposit/ada/7").json() == {
            "balance": 12, "has": True, "isWeak": True, "name": "WeakMap", "tag": "[object WeakMap]"}


def test_state_a_middleware_puts_on_the_request_is_changed_where_it_lives():
    with service("""
class Item { constructor() { this.n = 0; } bump() { this.n += 1; return this.n; } }
var items = new Map([['a', new Item()]]);
var load = function (req, res, next) { req.item = items.get(req.params.id); next(); };
app.post('/bump/:id', load, function bump(req, res) { res.json({ n: req.item.bump() }); });
app.get('/n/:id', function n(req, res) { res.json({ n: items.get(req.params.id).n }); });""") as svc:
        for _ in range(3):
            svc.request("POST", "/bump/a")
        assert svc.request("GET", "/n/a").json() == {"n": 3}


def test_an_error_keeps_its_cause_and_an_aggregate_its_errors_across_messages():
    with service("""
class NotFound extends Error {}
app.get('/fail', function fail(req, res) {
  var plain = new Error('unknown sku kiwi', { cause: { sku: 'kiwi', status: 404 } });
  var own = new NotFound('gone', { cause: plain });
  var all = new AggregateError([plain, new RangeError('r')], 'none');
  setImmediate(function later() {
    res.json({ cause: plain.cause, keys: Object.keys(plain), hidden: Object.getOwnPropertyNames(plain).sort(),
               own: own.cause.message, ownKeys: Object.keys(own), errors: all.errors.map(String),
               aggKeys: Object.keys(all) });
  });
});""") as svc:
        assert svc.request("GET", "/fail").json() == {
            "cause": {"sku": "kiwi", "status": 404}, "keys": [], "hidden": ["cause", "message", "stack"],
            "own": "unknown sku kiwi", "ownKeys": [], "errors": ["Error: unknown sku kiwi", "RangeError: r"],
            "aggKeys": []}


def test_events_once_waits_on_a_module_emitter_across_messages():
    with service("""
var events = require('events');
var bus = new events.EventEmitter();
var got = null;
app.post('/wait', function wait(req, res) {
  events.once(bus, 'go').then(function ([n, m]) { got = n + m; }, function (err) { got = 'failed: ' + err.message; });
  res.json({ go: bus.listenerCount('go'), error: bus.listenerCount('error') });
});
app.post('/go/:n', function go(req, res) {
  bus.emit('go', Number(req.params.n), 1);
  res.json({ got: got, go: bus.listenerCount('go'), error: bus.listenerCount('error') });
});
app.get('/got', function read(req, res) { res.json(got); });
app.post('/fail', function fail(req, res) {
  bus.emit('error', new Error('nope'));
  res.json({ got: got, go: bus.listenerCount('go'), error: bus.listenerCount('error') });
});""") as svc:
        assert svc.request("POST", "/wait").json() == {"go": 1, "error": 1}
        assert svc.request("POST", "/go/41").json() == {"got": None, "go": 0, "error": 0}
        assert svc.request("GET", "/got").json() == 42
        assert svc.request("POST", "/wait").json() == {"go": 1, "error": 1}
        assert svc.request("POST", "/fail").json() == {"got": 42, "go": 0, "error": 0}
        assert svc.request("GET", "/got").json() == "failed: nope"


def test_a_once_listener_fired_by_a_timer_is_gone_for_the_listener_itself():
    """The emitter the timer emits on (its `this`) and the one the listener's closure
    holds (a cell of the listener's group) are one object after the timer's message."""
    with service("""
var EventEmitter = require('events');
class Job extends EventEmitter {
  constructor(n) { super(); this.n = n; }
  start() { setTimeout(() => this.emit('done', this.n * 2), 5); return this; }
}
var finished = 0;
app.get('/job/:n', function job(req, res) {
  const job = new Job(Number(req.params.n));
  job.once('done', (result) => {
    finished++;
    res.json({ result, finished, left: job.listenerCount('done'), names: job.eventNames() });
  });
  job.start();
});""") as svc:
        assert svc.request("GET", "/job/3").json() == {"result": 6, "finished": 1, "left": 0, "names": []}
        assert svc.request("GET", "/job/4").json() == {"result": 8, "finished": 2, "left": 0, "names": []}


def test_an_emitter_in_a_map_of_module_state_is_the_one_its_timer_changes():
    with service("""
var EventEmitter = require('events');
class Job extends EventEmitter {
  constructor(id) { super(); this.id = id; this.status = 'new'; }
  start() {
    this.status = 'running';
    setTimeout(() => { this.status = 'done'; this.emit('done', this.id * 2); }, 5);
    return this;
  }
}
var jobs = new Map();
app.post('/jobs/:id', function create(req, res) {
  const job = new Job(Number(req.params.id));
  jobs.set(job.id, job);
  job.once('done', (r) => { job.result = r; });
  res.json({ status: job.start().status, listeners: job.listenerCount('done') });
});
app.get('/jobs/:id', function read(req, res) {
  const job = jobs.get(Number(req.params.id));
  res.json({ status: job.status, result: job.result, listeners: job.listenerCount('done') });
});""") as svc:
        assert svc.request("POST", "/jobs/1").json() == {"status": "running", "listeners": 1}
        assert svc.request("GET", "/jobs/1").json() == {"status": "done", "result": 2, "listeners": 0}


def test_an_arrow_that_sets_a_timer_on_itself_carries_on_with_what_it_wrote():
    """`const step = () => { i++; ...setTimeout(step, 5) }`: the step that arrived in a
    message posts itself again with the `i` its run wrote (it looped on i = 1)."""
    with service("""
var EventEmitter = require('events');
class Ticker extends EventEmitter {
  constructor(n) { super(); this.n = n; }
  start() {
    let i = 0;
    const step = () => { i++; this.emit('tick', i * 10); if (i < this.n) setTimeout(step, 5); else this.emit('end'); };
    setTimeout(step, 5);
    return this;
  }
}
app.get('/ticks/:n', function ticks(req, res) {
  const ticker = new Ticker(Number(req.params.n)).start();
  const seen = [];
  ticker.on('tick', (v) => seen.push(v));
  ticker.once('end', () => res.json({ seen, names: ticker.eventNames() }));
});""") as svc:
        assert svc.request("GET", "/ticks/3").json() == {"seen": [10, 20, 30], "names": ["tick"]}


def test_a_global_regexp_in_module_state_keeps_its_last_index_across_messages():
    """`const WORD = /[a-z]+/g` walked by `exec` one request at a time: its lastIndex is state
    (the analysis makes the handler stateful) and travels with it. Before, a RegExp travelled as
    its source and flags only, and each message started again from the first word."""
    with service("""
var WORD = /[a-z]+/g;
app.get('/next', function next(req, res) {
  var m = WORD.exec('alpha beta gamma');
  res.json([m && m[0], WORD.lastIndex]);
});""") as svc:
        answers = [svc.request("GET", "/next").json() for _ in range(4)]
    assert answers == [["alpha", 5], ["beta", 10], ["gamma", 16], [None, 0]]
