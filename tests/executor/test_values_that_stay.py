"""What cannot travel at all, handled as Node.js would rather than failed: a package's closure
that a unit's state keeps (a cell holding the `next` of a control-flow library), and the
generator object tsc's `__awaiter` drives (TypeScript compiled for ES2015-ES2016), keep their
unit live in one isolate (runtime/serialize.js, staysLive); a file write's callback that holds a
package's closure runs in its message, after the write (runtime/fs.js). Each message runs in
another isolate (tests/executor/runtime_harness.py)."""
import base64
import json

import httpx
import pytest

from executor import api, keys
from tests.executor.runtime_harness import LocalService
from tests.support.stack import LiquefyStack

pytestmark = [pytest.mark.executor]

FLOW = {
    "package.json": json.dumps({"dependencies": {"flow": "1.0.0"}}),
    "node_modules/flow/package.json": json.dumps({"name": "flow", "version": "1.0.0"}),
    "node_modules/flow/index.js": """
exports.waterfall = function (tasks, done) {
  let i = 0;
  function next(err, ...args) {
    if (err || i === tasks.length) return done(err, ...args);
    tasks[i++](...args, next);
  }
  next(null);
};
""",
}

FLOW_APP = """
const express = require('express');
const flow = require('flow');
const fs = require('fs');
const path = require('path');
let catalog = null;
const counters = { orders: 0 };
function load(cb) {
  if (catalog) return process.nextTick(cb, null, catalog);
  fs.readFile(path.join(__dirname, 'catalog.json'), 'utf8', (err, text) => {
    if (err) return cb(err);
    catalog = JSON.parse(text);
    cb(null, catalog);
  });
}
const app = express();
app.post('/order/:item', (req, res, next) => {
  flow.waterfall([
    (done) => load(done),
    (cat, done) => {
      if (!cat[req.params.item]) return done(new Error('sold out'));
      cat[req.params.item] -= 1;
      counters.orders += 1;
      fs.appendFile(path.join(__dirname, 'orders.log'), req.params.item + '\\n', (err) => done(err, cat));
    },
  ], (err, cat) => {
    if (err) return res.status(409).json({ error: err.message });
    res.json({ left: cat[req.params.item], orders: counters.orders,
               log: fs.readFileSync(path.join(__dirname, 'orders.log'), 'utf8').trim().split('\\n') });
  });
});
module.exports = app;
"""


def test_a_write_callback_holding_a_package_closure_runs_in_its_message_after_the_write():
    files = dict(FLOW, **{"app.js": FLOW_APP, "catalog.json": json.dumps({"tea": 2})})
    with LocalService(files, nodes=2) as svc:
        first = svc.request("POST", "/order/tea")
        assert first.json() == {"left": 1, "orders": 1, "log": ["tea"]}, first.errors
        assert svc.request("POST", "/order/tea").json() == {"left": 0, "orders": 2, "log": ["tea", "tea"]}
        assert svc.request("POST", "/order/tea").json() == {"error": "sold out"}


# a request waits in module state, holding the package's `next`, until another arrives
QUEUE_APP = """
const express = require('express');
const flow = require('flow');
const waiting = [];
let served = 0;
const app = express();
app.post('/wait/:name', (req, res) => {
  flow.waterfall([
    (done) => { waiting.push(done); },
    (partner, done) => done(null, req.params.name + ' met ' + partner),
  ], (err, text) => res.json({ text, served: ++served }));
});
app.post('/meet/:name', (req, res) => {
  const next = waiting.shift();
  if (!next) return res.status(404).json({ error: 'nobody waits' });
  next(null, req.params.name);
  res.json({ left: waiting.length });
});
module.exports = app;
"""


def test_a_package_closure_kept_in_a_units_state_keeps_the_unit_live():
    with LocalService(dict(FLOW, **{"app.js": QUEUE_APP}), nodes=2) as svc:
        assert svc.request("POST", "/wait/ann") is None  # answered later, by /meet's message
        assert svc.request("POST", "/meet/bo").json() == {"left": 0}
        answers = [json.loads(base64.b64decode(e["body"])) for e in svc.emitted if e["op"] == "respond"]
        assert {"text": "ann met bo", "served": 1} in answers, svc.errors
        assert svc.pinned, "the unit holding the package's closures is kept live in one isolate"


TSC_APP = """
"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", { value: true });
const express = require("express");
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class Counter {
    constructor() { this.counts = {}; }
    bump(key) {
        return __awaiter(this, void 0, void 0, function* () {
            yield delay(1);
            this.counts[key] = (this.counts[key] || 0) + 1;
            return this.counts[key];
        });
    }
}
const counter = new Counter();
const app = express();
app.post("/bump/:key", (req, res, next) => __awaiter(void 0, void 0, void 0, function* () {
    const n = yield counter.bump(req.params.key);
    res.json({ key: req.params.key, n, promise: Promise.name });
}).catch(next));
module.exports = app;
"""


def test_tsc_awaiter_generators_keep_their_unit_live_and_answer_as_under_node():
    with LiquefyStack(nodes=["stay1", "stay2"]) as stack:
        stack.deploy("stay-tsc", {"app.js": TSC_APP.encode()})
        bump = lambda key: httpx.post(stack.url("stay-tsc", f"/bump/{key}"), timeout=20)
        first = bump("a")
        assert first.status_code == 200, (first.text, stack.r.hvals(keys.errors("stay-tsc")))
        assert first.json() == {"key": "a", "n": 1, "promise": "Promise"}
        assert bump("a").json()["n"] == 2
        assert bump("b").json()["n"] == 1
        pinned = [info["pinned"] for info in api.placement("stay-tsc").values() if info.get("pinned")]
        assert pinned and any("generator object" in why for why in pinned[0]), api.placement("stay-tsc")
