"""node:async_hooks' AsyncLocalStorage (runtime/async_hooks.js): the store a middleware sets with
`run` is the one `getStore()` gives after awaits, timers, immediates, ticks and promise chains,
in whichever message and isolate they run; each request keeps its own. Each message runs in
another isolate here (tests/executor/runtime_harness.py); test_liquefy_matches_node runs
fresh11-request-context on real nodes against Node.js."""
import json
import os

import pytest
import redis

from executor import api, keys
from executor.node import Node
from tests.executor.runtime_harness import LocalService
from tests.support import queued_requests
from tests.support.stepping import stepping

pytestmark = [pytest.mark.executor]

APP = """
const express = require('express');
const { AsyncLocalStorage, AsyncResource } = require('node:async_hooks');
const { setTimeout: sleep } = require('node:timers/promises');
const storage = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const seen = [];
const app = express();
const id = () => (storage.getStore() || {}).id || '-';
app.use((req, res, next) => storage.run({ id: req.get('x-id') }, next));
app.get('/await', async (req, res) => {
  const before = id();
  await sleep(5);
  const afterTimer = id();
  await new Promise((resolve) => setImmediate(resolve));
  const afterImmediate = id();
  await Promise.resolve();
  res.json({ before, afterTimer, afterImmediate, after: id() });
});
app.get('/callbacks', (req, res) => {
  setTimeout(() => {
    process.nextTick(() => {
      queueMicrotask(() => res.json({ id: id(), outside: other.getStore() ?? null }));
    });
  }, 5);
});
app.get('/nested', (req, res) => {
  other.run('inner', () => {
    const both = [id(), other.getStore()];
    const exited = storage.exit(() => [id(), other.getStore()]);
    res.json({ both, exited, afterRun: other.getStore() ?? null });
  });
});
app.get('/bound', (req, res) => {
  const bound = AsyncLocalStorage.bind(() => id());
  const resource = new AsyncResource('job');
  storage.run({ id: 'elsewhere' }, () => {
    setTimeout(() => res.json({ bound: bound(), resource: resource.runInAsyncScope(() => id()), here: id() }), 1);
  });
});
app.get('/none', (req, res) => storage.exit(() => res.json({ store: storage.getStore() ?? null })));
app.post('/remember', (req, res) => { seen.push(id()); res.json(seen); });
module.exports = app;
"""


def test_the_store_set_by_a_middleware_is_there_after_awaits():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        assert svc.request("GET", "/await", headers={"x-id": "a"}).json() == \
            {"before": "a", "afterTimer": "a", "afterImmediate": "a", "after": "a"}
        assert svc.request("GET", "/await", headers={"x-id": "b"}).json()["after"] == "b"


def test_timers_ticks_and_microtasks_keep_it():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        assert svc.request("GET", "/callbacks", headers={"x-id": "c"}).json() == {"id": "c", "outside": None}


def test_run_and_exit_nest():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        assert svc.request("GET", "/nested", headers={"x-id": "d"}).json() == \
            {"both": ["d", "inner"], "exited": ["-", "inner"], "afterRun": "inner"}
        assert svc.request("GET", "/none", headers={"x-id": "e"}).json() == {"store": None}


def test_bind_and_async_resource_keep_the_context_they_were_made_in():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        assert svc.request("GET", "/bound", headers={"x-id": "f"}).json() == \
            {"bound": "f", "resource": "f", "here": "elsewhere"}


def test_each_request_has_its_own_store():
    with LocalService({"app.js": APP}, nodes=2) as svc:
        for name in ("g", "h"):
            svc.request("POST", "/remember", headers={"x-id": name})
        assert svc.request("POST", "/remember", headers={"x-id": "i"}).json() == ["g", "h", "i"]


# On a real node and Redis: a Redis command's callback, a timer's message and a handler run in
# another unit get the store too (their messages carry it: `ctx`).
REDIS_APP = b"""
const express = require('express');
const { AsyncLocalStorage } = require('async_hooks');
const storage = new AsyncLocalStorage();
const client = require('redis').createClient();
const app = express();
let served = 0;
const id = () => (storage.getStore() || {}).id || '-';
app.use((req, res, next) => storage.run({ id: req.get('x-id') }, next));
app.get('/redis', (req, res) => client.incr('als:n', (err, n) => res.json({ n, id: id() })));
app.get('/timer', (req, res) => setTimeout(() => { served += 1; res.json({ served, id: id() }); }, 5));
module.exports = app;
"""


@pytest.fixture
def node():
    n = Node("als", os.environ["REDIS_URL"], time_limit_ms=2000)
    n.start()
    with stepping(n):
        api.deploy("als", {"app.js": REDIS_APP}, reset=True)
        redis.Redis.from_url(os.environ["REDIS_URL"]).delete(keys.wake("als"), "als:n")
        yield n
    n.close()
    api.forget("als")


def ask(path, header):
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    _, body = queued_requests.ask(r, "als", "GET", path, {"x-id": header})
    return json.loads(body)


def test_redis_callbacks_timers_and_handlers_of_other_units_get_the_store(node):
    assert ask("/redis", "j") == {"n": 1, "id": "j"}
    assert ask("/redis", "k") == {"n": 2, "id": "k"}
    assert ask("/timer", "l") == {"served": 1, "id": "l"}
    assert ask("/timer", "m") == {"served": 2, "id": "m"}
