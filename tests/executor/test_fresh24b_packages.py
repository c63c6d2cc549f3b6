"""Runtime bugs the fresh24b round of services (popular npm packages keeping state) found, each
on a LocalService (two isolates: every message may run in another isolate than the one before)."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\nmodule.exports = app;\n"


def test_a_package_loads_cluster():
    """fresh24b-login-throttle: rate-limiter-flexible's index requires `cluster` as it loads (for
    RateLimiterCluster), which was refused at `require`: its RateLimiterMemory never loaded. A
    fluxion is the primary process and forks none."""
    lib = """const cluster = require('cluster');
module.exports = { primary: cluster.isPrimary, worker: cluster.isWorker,
                   listen() { cluster.setMaxListeners(0); cluster.on('message', () => {}); return cluster.listenerCount('message'); },
                   fork() { return cluster.fork(); } };
"""
    files = {"node_modules/lib/package.json": '{"name": "lib", "version": "1.0.0"}',
             "node_modules/lib/index.js": lib,
             "package.json": '{"dependencies": {"lib": "1.0.0"}}'}
    with LocalService(dict(files, **{"app.js": HEAD + """
const lib = require('lib');
app.get('/', (req, res) => {
  let error = null;
  try { lib.fork(); } catch (e) { error = [e.code, e.message]; }
  res.json({ primary: lib.primary, worker: lib.worker, listeners: lib.listen(), error });
});""" + END})) as svc:
        assert svc.request("GET", "/").json() == {
            "primary": True, "worker": False, "listeners": 1,
            "error": ["ERR_LIQUEFY_UNAVAILABLE",
                      "Liquefy: cluster.fork() is not available: a fluxion has no network or process access"]}


PRIVATE_LRU = """export default class TinyLRU {
  #cache = new Map();
  #max;
  #evicted = 0;
  static made = 0;

  constructor({ maxSize }) {
    if (!(maxSize > 0)) throw new TypeError('`maxSize` must be a number greater than 0');
    this.#max = maxSize;
    TinyLRU.made += 1;
  }

  #evict() {
    const [oldest] = this.#cache.keys();
    this.#cache.delete(oldest);
    this.#evicted += 1;
  }

  set(key, value) {
    this.#cache.delete(key);
    this.#cache.set(key, value);
    if (this.#cache.size > this.#max) this.#evict();
    return this;
  }

  get(key) {
    if (!this.#cache.has(key)) return undefined;
    const value = this.#cache.get(key);
    this.set(key, value);
    return value;
  }

  get size() { return this.#cache.size; }
  get evicted() { return this.#evicted; }
  keys() { return [...this.#cache.keys()]; }
}
"""


def test_a_package_instance_with_private_fields_made_by_a_handler_travels():
    """fresh24b-esm-lru-sessions: quick-lru 7 keeps all its state in private fields; the service
    made one per user inside a handler and kept it in a Map, and the message carrying the unit's
    state failed ("cannot carry an instance of QuickLRU ... private fields"). A package's class with
    private members now registers them as the service's classes do (executor/package_privates.py):
    the instance travels with its private state, its constructor not run again."""
    files = {"node_modules/tiny-lru/package.json": '{"name": "tiny-lru", "version": "1.0.0", "type": "module", '
                                                   '"exports": "./index.js"}',
             "node_modules/tiny-lru/index.js": PRIVATE_LRU,
             "package.json": '{"dependencies": {"tiny-lru": "1.0.0"}}'}
    with LocalService(dict(files, **{"app.js": HEAD + """
const TinyLRU = require('tiny-lru').default;
const byUser = new Map();
app.post('/view/:user/:item', async (req, res) => {
  let lru = byUser.get(req.params.user);
  if (!lru) { lru = new TinyLRU({ maxSize: 2 }); byUser.set(req.params.user, lru); }
  lru.set(req.params.item, (lru.get(req.params.item) || 0) + 1);
  await new Promise((resolve) => setImmediate(resolve));
  res.json({ keys: lru.keys(), size: lru.size, evicted: lru.evicted});
});""" + END})) as svc:
        answers = [svc.request("POST", path).json() for path in
                   ("/view/ann/a", "/view/ann/b", "/view/ann/a", "/view/ann/c", "/view/bob/a", "/view/ann/d")]
        assert answers == [
            {"keys": ["a"], "size": 1, "evicted": 0},
            {"keys": ["a", "b"], "size": 2, "evicted": 0},
            {"keys": ["b", "a"], "size": 2, "evicted": 0},
            {"keys": ["a", "c"], "size": 2, "evicted": 1},
            {"keys": ["a"], "size": 1, "evicted": 0},
            {"keys": ["c", "d"], "size": 2, "evicted": 2},
        ]


BREAKER = """const EventEmitter = require('events');
const STATE = Symbol('state');
class Breaker extends EventEmitter {
  constructor(name, resetTimeout) {
    super();
    this.name = name;
    this.resetTimeout = resetTimeout;
    this[STATE] = 'closed';
    this.ticks = 0;
    this.interval = setInterval(() => { this.ticks += 1; }, 60000);
    this.interval.unref();
  }
  get state() { return this[STATE]; }
  trip() {
    this[STATE] = 'open';
    const timer = setTimeout(() => { this[STATE] = 'half-open'; this.emit('halfOpen'); }, this.resetTimeout);
    timer.unref();
  }
}
module.exports = Breaker;
"""


def test_a_package_timer_longer_than_a_message_keeps_its_unit_live_and_runs():
    """fresh24b-breakers-per-region: an opossum breaker made in a handler sets its reset timer (1.5 s)
    with a closure of opossum's, which cannot travel: the timer's post failed ("cannot carry the
    function (anonymous)") and the breaker never went half-open. The unit is now kept live where the
    timer was set, and the timer's message carries the closure itself, run there in the unit."""
    files = {"node_modules/breakerish/package.json": '{"name": "breakerish", "version": "1.0.0"}',
             "node_modules/breakerish/index.js": BREAKER,
             "package.json": '{"dependencies": {"breakerish": "1.0.0"}}'}
    with LocalService(dict(files, **{"app.js": HEAD + """
const Breaker = require('breakerish');
const breakers = new Map();
const seen = [];
const breakerFor = (k) => {
  let b = breakers.get(k);
  if (!b) { b = new Breaker(k, 1500); b.on('halfOpen', () => seen.push(k)); breakers.set(k, b); }
  return b;
};
app.post('/trip/:k', (req, res) => { breakerFor(req.params.k).trip(); res.json(breakerFor(req.params.k).state); });
app.get('/state/:k', (req, res) => res.json({ state: breakerFor(req.params.k).state, seen }));""" + END})) as svc:
        tripped = svc.request("POST", "/trip/eu").json()
        after = [svc.request("GET", "/state/eu").json() for _ in range(3)]
        assert not svc.errors, svc.errors
    assert tripped == "open"
    assert after == [{"state": "half-open", "seen": ["eu"]}] * 3
