"""A unit kept live (its state holds a package's closures, here a bus's handlers) runs in the isolate that holds it,
on its objects as they are. What it posts to itself went on with copies: an `await` of timers/promises' setImmediate
in a method of an object only the unit's closures hold posts the promise's settling, which carried the promise and
its reactions, and so the method's `this`, by value: the method changed a copy (fresh25b-payouts-outbox's sandbox
bank, once its error handler's `logger` made its group a unit kept live). Such a post now carries them as they are
(run.js, encodeEach)."""
import json

from tests.executor.runtime_harness import LocalService

# a package whose handlers are kept in its closures (as mitt's are): what keeps the unit live
BUS = {
    "node_modules/tinybus/package.json": json.dumps({"name": "tinybus", "version": "1.0.0"}),
    "node_modules/tinybus/index.js": """module.exports = function bus() {
  const handlers = [];
  return { on(fn) { handlers.push(fn); }, emit() { handlers.forEach((fn) => fn()); } };
};
""",
}

APP = """const express = require('express');
const bus = require('tinybus');
const { setImmediate: tick } = require('node:timers/promises');
class Bank {
  calls = 0;
  async transfer() { await tick(); this.calls += 1; return this.calls; }
}
function createApp() {
  const events = bus();
  const bank = new Bank();
  let sent = 0;
  events.on(() => { sent += 1; });
  const app = express();
  app.post('/pay', async (req, res) => { const n = await bank.transfer(); events.sent = n; events.emit(); res.json({ n, sent }); });
  app.get('/calls', (req, res) => res.json({ calls: bank.calls, sent }));
  return app;
}
module.exports = createApp();
"""


def test_an_awaiting_method_of_a_live_units_object_changes_the_object():
    with LocalService(dict(BUS, **{"app.js": APP}), nodes=2) as svc:
        main = next(e for e in svc.emitted if e["op"] == "main")
        assert main.get("live"), "the test needs a unit kept live"
        assert [svc.request("POST", "/pay").json() for _ in range(3)] == [{"n": 1, "sent": 1}, {"n": 2, "sent": 2},
                                                                          {"n": 3, "sent": 3}]
        assert svc.request("GET", "/calls").json() == {"calls": 3, "sent": 3}
