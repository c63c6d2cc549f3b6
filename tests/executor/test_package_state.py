"""What packages keep, carried between nodes: Redis replies a package awaits, asked of the
node within the message (runtime/core.js, "Redis replies inside the message"; effects.py,
inline_redis); an instance a top-level `new` of a package made, with fields of the package's
closures (encodeConstructed); a function a package made, with its own fields (decodeMade) and,
in the isolate that last ran its unit, its closure (liveMade). docs/packages.md."""
import json
import os
from types import SimpleNamespace

import httpx
import pytest

from executor import keys
from executor.node import Node
from tests.executor.runtime_harness import LocalService
from tests.support.stack import LiquefyStack


def pkg(name, files):
    out = {f"node_modules/{name}/package.json": json.dumps({"name": name, "version": "1.0.0"})}
    out.update({f"node_modules/{name}/{path}": text for path, text in files.items()})
    return out


# A store in connect-redis's style: an object of its own closures over the client, async
# methods awaiting node-redis 4's replies; and a node-redis 3 call with the package's callback.
TALLY = pkg("tally", {"index.js": """
class Tally {
  constructor(client) { this.ops = { incr: (k) => client.incr(k), get: (k) => client.get(k) }; }
  async bump(key, cb) {
    const n = await this.ops.incr(key);
    const seen = await this.ops.get(key);
    cb(null, { n: n, seen: seen });
  }
}
exports.Tally = Tally;
exports.bumpV3 = function (client, key, cb) { client.incr(key, function (err, n) { cb(err, 'v3:' + n); }); };
"""})

TALLY_APP = """
var express = require('express');
var redis = require('redis');
var tallyPackage = require('tally');
var client = redis.createClient();
client.connect();
var client3 = redis.createClient();
var tally = new tallyPackage.Tally(client);
var app = express();
app.post('/bump/:k', function (req, res) {
  tally.bump(req.params.k, function (err, out) { res.json(out); });
});
app.post('/v3/:k', function (req, res) {
  tallyPackage.bumpV3(client3, req.params.k, function (err, out) { res.json({ out: out }); });
});
module.exports = app;
"""


@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=["ps1", "ps2"]) as s:
        yield s


def test_a_package_awaiting_redis_replies_goes_on_in_its_message_on_two_nodes(stack):
    slug = "pkg-state-tally"
    stack.deploy(slug, dict({"app.js": TALLY_APP.encode()}, **{k: v.encode() for k, v in TALLY.items()}))
    with httpx.Client(timeout=10) as http:
        bumps = [http.post(stack.url(slug, "/bump/a")).json() for _ in range(4)]
        v3 = [http.post(stack.url(slug, "/v3/b")).json() for _ in range(2)]
    assert bumps == [{"n": n, "seen": str(n)} for n in (1, 2, 3, 4)]
    assert v3 == [{"out": "v3:1"}, {"out": "v3:2"}]
    assert not stack.r.keys(keys.journal(slug, "*"))  # each message's journal ends with it


def test_a_message_run_again_gets_the_replies_of_its_first_run_and_writes_once():
    """A node that stops after a package's command ran gives the message back; run again,
    the message asks again, and its journal answers: INCR does not count twice."""
    node = Node("inline-journal", os.environ["REDIS_URL"])
    view = SimpleNamespace(slug="inline-journal")
    ask = {"message": "m1", "redis": [{"n": 1, "cmd": "incr", "args": ["hits"], "raw": True},
                                      {"n": 2, "cmd": "get", "args": ["hits"], "raw": True}]}
    first = node.effects.inline_redis(view, ask, {})
    assert node.effects.inline_redis(view, ask, {}) == first
    assert node.r.get(keys.kv_prefix(view.slug) + "hits") == "1"
    other = node.effects.inline_redis(view, dict(ask, message="m2"), {})
    assert node.r.get(keys.kv_prefix(view.slug) + "hits") == "2" and other != first


MEMO = pkg("memo", {"index.js": """
function Bucket() { this.items = Object.create(null); this.size = 0; }
Bucket.prototype.has = function (k) { return k in this.items; };
Bucket.prototype.get = function (k) { return this.items[k]; };
Bucket.prototype.set = function (k, v) { if (!(k in this.items)) this.size++; this.items[k] = v; };
function Cache() { this.data = { strings: new Bucket() }; }
Cache.prototype.has = function (k) { return this.data.strings.has(k); };
Cache.prototype.get = function (k) { return this.data.strings.get(k); };
Cache.prototype.set = function (k, v) { this.data.strings.set(k, v); };
exports.memoize = function (fn) {
  var m = function (k) { if (m.cache.has(k)) return m.cache.get(k); var v = fn(k); m.cache.set(k, v); return v; };
  m.cache = new Cache();
  return m;
};
exports.once = function (fn) {
  var done = false, result;
  return function () { if (!done) { done = true; result = fn(); } return result; };
};
exports.Box = class Box {
  constructor(opts) { this.n = opts.n; this.ops = { twice: () => this.n * 2 }; }
};
"""})

MEMO_APP = """
const express = require('express');
const memo = require('memo');
const app = express();
app.use(express.json());
let computed = 0;
const square = memo.memoize((k) => { computed++; return Number(k) * Number(k); });
const box = new memo.Box({ n: 1 });
const settings = {};
const seed = memo.once(() => { settings.theme = 'light'; });
app.get('/sq/:k', (req, res) => res.json({ v: square(req.params.k), computed, size: square.cache.data.strings.size }));
app.post('/box', (req, res) => { box.n++; res.json({ n: box.n, twice: box.ops.twice() }); });
app.use((req, res, next) => { seed(); next(); });
app.get('/settings', (req, res) => res.json(settings));
app.put('/settings', (req, res) => { settings.theme = req.body.theme; res.json(settings); });
module.exports = app;
"""


def test_a_made_function_keeps_its_fields_and_a_made_instance_its_closures_across_isolates():
    """Each message in the other isolate, but `square`'s unit: a function the package made, whose
    closure may hold state (its `cache`'s objects are of classes no path reaches), it is kept live in
    the isolate that ran main (runtime/core.js, liveUnits; the harness pins it as the placement
    does); `box`, made again by `new` in the other isolate, gets back `n`, and its `ops` of
    closures are the new instance's."""
    with LocalService(dict(MEMO, **{"app.js": MEMO_APP}), nodes=2) as svc:
        squares = [svc.request("GET", path).json() for path in ("/sq/3", "/sq/3", "/sq/4", "/sq/3")]
        boxes = [svc.request("POST", "/box").json() for _ in range(3)]
    assert squares == [{"v": 9, "computed": 1, "size": 1}, {"v": 9, "computed": 1, "size": 1},
                       {"v": 16, "computed": 2, "size": 2}, {"v": 9, "computed": 2, "size": 2}]
    assert boxes == [{"n": 2, "twice": 4}, {"n": 3, "twice": 6}, {"n": 4, "twice": 8}]


def test_a_made_function_keeps_its_closure_in_the_isolate_that_runs_its_unit():
    """`seed = once(...)`: its flag is in the package's closure, which cannot travel. The
    isolate that ran the unit last keeps the function itself, so the settings are seeded once."""
    with LocalService(dict(MEMO, **{"app.js": MEMO_APP}), nodes=1) as svc:
        first = svc.request("GET", "/settings").json()
        put = svc.request("PUT", "/settings", {"content-type": "application/json"}, json.dumps({"theme": "dark"}))
        after = svc.request("GET", "/settings").json()
    assert (first, put.json(), after) == ({"theme": "light"}, {"theme": "dark"}, {"theme": "dark"})
