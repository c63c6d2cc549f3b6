"""A CommonJS start-up that waits on timers before its server listens (a retry loop over `await sleep()` before
the routes): Node.js takes no request before `listen`, so main's one-shot timers run in main, on main's clock, until
a server listens (runtime/run.js, startsUpOnTimers). Posted as messages, the routes they add were their unit's alone
and every request a 404. Also tests/services/fresh27d-startup-retry against Node.js.

A callback main posted and runs within main goes on with what its last run left in its closure (core.js
runPostedInMain), as one arriving in a message does: a warm-up step rescheduling itself ran its first step for ever."""
from tests.executor.runtime_harness import LocalService

SLEEP_THEN_ROUTES = """const express = require('express');
const { setTimeout: sleep } = require('timers/promises');
const app = express();
let hits = 0;
async function connectWithRetry() {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await sleep(20);
    if (attempt === 2) return { attempt };
  }
}
async function main() {
  const db = await connectWithRetry();
  app.get('/health', (req, res) => res.json({ attempt: db.attempt, hits: ++hits }));
  app.listen(3000);
}
main();
"""

# an interval beside the start-up fires in Node's order until the server listens (at 10, 20, ..., 50 ms)
INTERVAL_UNTIL_LISTEN = """const express = require('express');
const app = express();
let ticks = 0, atListen = null;
const ticker = setInterval(() => { ticks++; }, 10);
setTimeout(() => {
  atListen = ticks;
  clearInterval(ticker);
  app.get('/ticks', (req, res) => res.json({ atListen }));
  app.listen(3000);
}, 55);
"""

WARM_UP = """const express = require('express');
const { EventEmitter } = require('node:events');
const status = { ready: false, warmed: [] };
const lifecycle = new EventEmitter();
function warmUp(steps) {
  let i = 0;
  const step = () => {
    status.warmed.push(steps[i++]);
    if (i < steps.length) SCHEDULE;
    else { status.ready = true; lifecycle.emit('ready'); }
  };
  SCHEDULE;
}
warmUp(['config', 'cache', 'routes']);
const app = express();
app.get('/status', (req, res) => res.json(status));
LISTEN
"""

LISTENS_FIRST = """const express = require('express');
const app = express();
let warmed = false;
app.get('/warm', (req, res) => res.json({ warmed }));
app.listen(3000);
setTimeout(() => { warmed = true; }, 60000);
"""


def test_routes_added_after_a_sleep_in_the_start_up_answer_on_every_node():
    with LocalService({"app.js": SLEEP_THEN_ROUTES}, nodes=2) as svc:
        answers = [svc.request("GET", "/health") for _ in range(3)]
    assert [a.status for a in answers] == [200, 200, 200]
    assert [a.json() for a in answers] == [{"attempt": 2, "hits": n} for n in (1, 2, 3)]


def test_an_interval_fires_in_order_until_the_server_listens():
    with LocalService({"app.js": INTERVAL_UNTIL_LISTEN}, nodes=2) as svc:
        answer = svc.request("GET", "/ticks")
    assert answer.status == 200 and answer.json() == {"atListen": 5}


def test_a_server_listening_at_once_leaves_its_timers_to_their_time():
    with LocalService({"app.js": LISTENS_FIRST}, nodes=2) as svc:
        assert svc.request("GET", "/warm").json() == {"warmed": False}


def test_a_warm_up_step_rescheduling_itself_goes_on_with_its_closure():
    for schedule, listen in (("setTimeout(step, 10)", "setTimeout(() => app.listen(3000), 100);"),
                             ("setImmediate(step)", "app.listen(3000);")):
        app = WARM_UP.replace("SCHEDULE", schedule).replace("LISTEN", listen)
        with LocalService({"app.js": app}, nodes=2) as svc:
            assert svc.request("GET", "/status").json() == {"ready": True, "warmed": ["config", "cache", "routes"]}


def test_a_top_level_awaits_timer_chain_goes_on_with_its_closure():
    app = WARM_UP.replace("SCHEDULE", "setTimeout(step, 10)").replace(
        "LISTEN", "await new Promise((resolve) => setTimeout(resolve, 100));\napp.listen(3000);")
    app = app.replace("const express = require('express');", "import express from 'express';").replace(
        "const { EventEmitter } = require('node:events');", "import { EventEmitter } from 'node:events';")
    files = {"package.json": '{"type": "module"}', "app.js": app}
    with LocalService(files, nodes=2) as svc:
        assert svc.request("GET", "/status").json() == {"ready": True, "warmed": ["config", "cache", "routes"]}
