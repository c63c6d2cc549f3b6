"""Runtime bugs the twentieth fresh corpus (tests/services/fresh20-*) found, each on a
LocalService (two isolates: every message may run in another isolate than the
one before, so values cross a serialization boundary between messages)."""

from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\napp.use((err, req, res, next) => res.status(500).json({ error: err.message }));\nmodule.exports = app;\n"


def service(code, **files):
    return LocalService({"app.js": HEAD + code + END, **files})


def test_an_accessor_defined_on_an_exported_object_is_not_an_accessor_of_the_exports():
    """fresh20-webhooks: `exports.stats = stats; Object.defineProperty(exports.stats, 'scheduled', { get })`
    was taken for an accessor defined on the module's exports, run again when a node loaded the module
    without running main, where `exports.stats` was not set: every request on that node crashed
    ("restoring main's values: Object.defineProperty called on non-object")."""
    deliveries = """const stats = { delivered: 0 };
let scheduled = 0;
exports.deliver = () => { stats.delivered++; scheduled += 2; };
exports.stats = stats;
Object.defineProperty(exports.stats, 'scheduled', { get: () => scheduled, enumerable: true });
"""
    with service("""
const deliveries = require('./deliveries');
app.post('/deliver', (req, res) => { deliveries.deliver(); res.json(deliveries.stats); });
app.get('/stats', (req, res) => res.json(deliveries.stats));""", **{"deliveries.js": deliveries}) as svc:
        assert svc.request("GET", "/stats").json() == {"delivered": 0, "scheduled": 0}
        assert svc.request("POST", "/deliver").json() == {"delivered": 1, "scheduled": 2}
        for _ in range(2):
            assert svc.request("GET", "/stats").json() == {"delivered": 1, "scheduled": 2}
        assert svc.request("POST", "/deliver").json() == {"delivered": 2, "scheduled": 4}


def test_the_global_web_crypto_object_is_there():
    """Node 20's global `crypto` (Web Crypto: `crypto.randomUUID()`, `crypto.getRandomValues()`), which
    services of 2025 call without requiring anything, was not defined: main failed ("crypto is not defined")."""
    with service("""
const ids = new Map();
app.post('/ids/:name', (req, res) => {
  const id = crypto.randomUUID();
  ids.set(req.params.name, id);
  res.json({ shape: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id), count: ids.size });
});
app.get('/bytes', (req, res) => res.json({ n: crypto.getRandomValues(new Uint8Array(4)).length, type: typeof crypto }));""") as svc:
        assert svc.request("POST", "/ids/a").json() == {"shape": True, "count": 1}
        assert svc.request("POST", "/ids/b").json() == {"shape": True, "count": 2}
        assert svc.request("GET", "/bytes").json() == {"n": 4, "type": "object"}


def test_timers_promises_scheduler_waits_and_yields():
    """node:timers/promises' `scheduler` (`await scheduler.wait(ms)`, `await scheduler.yield()`) was undefined,
    so a handler awaiting it failed (found probing the APIs fresh20's services might use)."""
    with service("""
const { scheduler } = require('node:timers/promises');
const log = [];
app.post('/slow/:n', async (req, res) => {
  await scheduler.wait(20);
  log.push(Number(req.params.n));
  await scheduler.yield();
  res.json({ log });
});""") as svc:
        assert svc.request("POST", "/slow/1").json() == {"log": [1]}
        assert svc.request("POST", "/slow/2").json() == {"log": [1, 2]}
