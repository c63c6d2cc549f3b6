"""Start-up that goes on after the top level (an awaited load, a file read's callback, setImmediate, the
listen callback) runs in main, before main's snapshot, as Node.js runs it before the server takes a
request: what it changes (a route added to the app, a list filled) is in what every node loads.

The harness runs none of main's own posts: a start-up step main posted is missing on every isolate, and
the second isolate loads main's snapshot, as a node that did not run main."""
import base64
import json

import pytest

from executor import keys
from executor.deploy import build
from executor.isolate import Isolate
from tests.executor.runtime_harness import LocalService
from tests.support.nodejs import SERVICES
from tests.support.stack import service_files

pytestmark = pytest.mark.executor

CALLBACK_START = """
const express = require('express');
const fs = require('fs');
const path = require('path');
const app = express();
const steps = [];
let items = [];
fs.readFile(path.join(__dirname, 'seed.json'), 'utf8', (err, text) => {
  items = JSON.parse(text);
  steps.push('read');
  app.get('/items', (req, res) => res.json(items));
  setImmediate(() => steps.push('immediate'));
  app.listen(3000, () => steps.push('listening'));
});
app.get('/steps', (req, res) => res.json(steps));
module.exports = app;
"""


def main_posts(svc):
    main_run = svc.emitted[:next(i for i, e in enumerate(svc.emitted) if e["op"] == "main") + 1]
    return [e for e in main_run if e["op"] == "post"]


def test_routes_registered_after_an_awaited_load():
    with LocalService(service_files(SERVICES / "async-start"), nodes=2) as svc:
        assert main_posts(svc) == []
        for _ in range(3):  # messages take the isolates in turn
            answer = svc.request("GET", "/started")
            assert answer.status == 200, answer.text
            assert answer.json() == {"started": ["loaded", "listening"], "items": 2}


def test_a_file_read_callback_and_what_it_sets_off_run_in_main():
    files = {"app.js": CALLBACK_START, "seed.json": json.dumps([{"sku": "mug"}])}
    with LocalService(files, nodes=2) as svc:
        for _ in range(2):
            assert svc.request("GET", "/items").json() == [{"sku": "mug"}]
            assert svc.request("GET", "/steps").json() == ["read", "listening", "immediate"]


def test_timers_keep_their_delay_and_a_loop_of_immediates_ends():
    files = {"app.js": """
const express = require('express');
const app = express();
let warm = false, spins = 0;
setTimeout(() => { warm = true; }, 50);
(function spin() { spins++; setImmediate(spin); })();
app.get('/', (req, res) => res.json({warm, spinning: spins > 1}));
module.exports = app;
"""}
    with LocalService(files, nodes=2) as svc:
        posts = main_posts(svc)
        assert [p["delay"] for p in posts if p.get("via") == "setTimeout"] == [50]
        assert [p["via"] for p in posts if p.get("via") == "setImmediate"] == ["setImmediate"]
        assert svc.request("GET", "/").json() == {"warm": False, "spinning": True}


def test_main_waits_for_its_redis_replies_before_its_snapshot():
    """async-start-router's `main()` awaits `client.connect()` and a SET before it mounts its router: the SET is
    answered within main (here by a stand-in for the node), and the start-up goes on there to its end."""
    files = {k: v.encode() if isinstance(v, str) else v for k, v in service_files(SERVICES / "async-start-router").items()}
    _, bundle, built = build("local", files, env={"REDIS_URL": "redis://localhost"})
    encoded = {p: base64.b64encode(c.encode() if isinstance(c, str) else c).decode() for p, c in built.items()}
    isolate = Isolate("local", 1, bundle, None, encoded, 1, set(bundle["units"]), time_limit_ms=5000)
    asked = []
    isolate.ask = lambda question, seconds_left: (asked.extend(c["cmd"] for c in question["redis"])
                                                  or {c["n"]: [None, "OK"] for c in question["redis"]})
    try:
        result = isolate.run(json.dumps({"id": "main", "k": "main", "unit": keys.MAIN_UNIT, "rid": "main",
                                         "fx": "main", "t": 0}), None)
    finally:
        isolate.close()
    assert result["error"] is None
    assert asked == ["set"]
    assert [e["op"] for e in result["effects"] if e["op"] in ("post", "redis")] == []
    states = next(e for e in result["effects"] if e["op"] == "main")["units"]
    assert any('"phase":"ready","at":["redis","http"]' in (s or "") for s in states.values())
