"""Instances a package's classes make, kept in the service's state, as another isolate gets them.

prom-client's metrics hold one of their own class's methods in a field (`this.inc =
this.incWithoutExemplar`) and register themselves, when made, in the registry given to them; a
node that had not run main failed restoring main's values (`this.labelNames` undefined, then
`registerMetric` on a registry still being restored). node-cache binds a dozen of its methods to
the instance; checking whether each travels checked the others again, exponentially (main ran out
of its time). Each isolate of the harness runs the next message, so every request below reads what
another isolate left. `require('v8')`, which prom-client's default metrics load, is Node's names.
"""
import json
import shutil
import subprocess

import pytest

from tests.executor.runtime_harness import LocalService

METRICS_PACKAGE = {
    "node_modules/metrics/package.json": json.dumps({"name": "metrics", "version": "1.0.0"}),
    "node_modules/metrics/index.js": """
class Registry {
  constructor() { this._metrics = {}; }
  registerMetric(metric) {
    if (this._metrics[metric.name] && this._metrics[metric.name] !== metric) throw new Error('taken: ' + metric.name);
    this._metrics[metric.name] = metric;
  }
  get(name) { return this._metrics[name]; }
  names() { return Object.keys(this._metrics); }
}
class Counter {
  constructor(config) {
    Object.assign(this, { labelNames: [], registers: [] }, config);
    this.sorted = [...this.labelNames].sort();
    this.inc = config.exemplars ? this.incWithExemplar : this.incPlain;
    this.reset();
    for (const r of this.registers) r.registerMetric(this);
  }
  reset() { this.values = {}; if (this.labelNames.length === 0) this.values[''] = 0; }
  incPlain(labels = {}) { const k = this.sorted.map((n) => labels[n]).join(','); this.values[k] = (this.values[k] || 0) + 1; }
  incWithExemplar(labels) { this.incPlain(labels); this.last = labels; }
}
module.exports = { Registry, Counter };
""",
}

METRICS_APP = """
const express = require('express');
const { Registry, Counter } = require('metrics');
const register = new Registry();
const hits = new Counter({ name: 'hits', labelNames: ['route'], registers: [register] });
const plain = new Counter({ name: 'plain', registers: [register], exemplars: true });
const app = express();
app.get('/hit/:route', (req, res) => { hits.inc({ route: req.params.route }); plain.inc(); res.json(hits.values); });
app.get('/metrics', (req, res) => res.json({ names: register.names(), hits: register.get('hits').values,
                                              plain: plain.values, last: plain.last, same: register.get('hits') === hits }));
module.exports = app;
"""

BOUND_PACKAGE = {
    "node_modules/boundcache/package.json": json.dumps({"name": "boundcache", "version": "1.0.0"}),
    "node_modules/boundcache/index.js": """
const EventEmitter = require('events');
const METHODS = ['get', 'set', 'del', 'keys', 'has', 'take', 'flush', 'stats', 'check', 'wrap', 'unwrap', 'close'];
class BoundCache extends EventEmitter {
  constructor() {
    super();
    for (const m of METHODS) this[m] = this[m].bind(this);
    this.data = {};
    this.hits = 0;
    this.check();
  }
  get(k) { this.hits++; return this.unwrap(this.data[k]); }
  set(k, v) { this.data[k] = this.wrap(v); this.emit('set', k); return true; }
  del(k) { delete this.data[k]; }
  keys() { return Object.keys(this.data); }
  has(k) { return k in this.data; }
  take(k) { const v = this.get(k); this.del(k); return v; }
  flush() { this.data = {}; }
  stats() { return { keys: this.keys().length, hits: this.hits }; }
  check() { this.timer = setTimeout(this.check, 600000); this.timer.unref(); }
  wrap(v) { return { v }; }
  unwrap(w) { return w && w.v; }
  close() { clearTimeout(this.timer); }
}
module.exports = BoundCache;
""",
}

BOUND_APP = """
const express = require('express');
const BoundCache = require('boundcache');
const cache = new BoundCache();
const sets = [];
cache.on('set', (k) => sets.push(k));
const app = express();
app.get('/set/:k/:v', (req, res) => res.json(cache.set(req.params.k, req.params.v)));
app.get('/get/:k', (req, res) => res.json({ v: cache.get(req.params.k) ?? null, stats: cache.stats(), sets }));
module.exports = app;
"""

V8_APP = """
const express = require('express');
const v8 = require('v8');
const app = express();
app.get('/v8', (req, res) => {
  let serialize;
  try { v8.serialize({}); } catch (e) { serialize = e.code; }
  res.json({ heap: Object.keys(v8.getHeapStatistics()), code: Object.keys(v8.getHeapCodeStatistics()),
             spaces: Array.isArray(v8.getHeapSpaceStatistics()), tag: typeof v8.cachedDataVersionTag(), serialize });
});
module.exports = app;
"""


def test_a_metric_holding_its_own_method_and_registered_in_a_registry_is_restored_elsewhere():
    with LocalService(dict(METRICS_PACKAGE, **{"app.js": METRICS_APP}), nodes=2) as svc:
        assert svc.request("GET", "/hit/a").json() == {"a": 1}
        assert svc.request("GET", "/hit/b").json() == {"a": 1, "b": 1}
        assert svc.request("GET", "/hit/a").json() == {"a": 2, "b": 1}
        assert svc.request("GET", "/metrics").json() == {"names": ["hits", "plain"], "hits": {"a": 2, "b": 1},
                                                        "plain": {"": 3}, "same": True}
        assert not svc.errors, svc.errors


def test_an_instance_binding_its_methods_to_itself_is_checked_once():
    with LocalService(dict(BOUND_PACKAGE, **{"app.js": BOUND_APP}), nodes=2) as svc:
        assert svc.request("GET", "/set/a/1").json() is True
        assert svc.request("GET", "/set/b/2").json() is True
        assert svc.request("GET", "/get/a").json() == {"v": "1", "stats": {"keys": 2, "hits": 1}, "sets": ["a", "b"]}
        assert svc.request("GET", "/get/z").json() == {"v": None, "stats": {"keys": 2, "hits": 2}, "sets": ["a", "b"]}
        assert not svc.errors, svc.errors


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_v8_module_has_nodes_names():
    node = json.loads(subprocess.run(
        ["node", "-e", "const v8 = require('v8'); console.log(JSON.stringify([Object.keys(v8.getHeapStatistics()), "
                       "Object.keys(v8.getHeapCodeStatistics())]))"], capture_output=True, text=True, check=True).stdout)
    with LocalService({"app.js": V8_APP}, nodes=1) as svc:
        got = svc.request("GET", "/v8").json()
    assert [got["heap"], got["code"]] == node
    assert got["spaces"] is True and got["tag"] == "number"
    assert got["serialize"] == "ERR_LIQUEFY_UNAVAILABLE"
