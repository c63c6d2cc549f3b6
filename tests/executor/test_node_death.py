"""A node killed under load: its units move to the living node, and the messages it
had taken and not finished run there (redelivered from its processing list): every
request is answered 200, none hangs."""
import signal
import threading
import time

import httpx
import pytest

from executor import api
from tests.support.stack import LiquefyStack

pytestmark = [pytest.mark.executor, pytest.mark.slow]

SERVICE = {"app.js": b"""
var express = require('express');
var app = express();
var hits = 0;
app.get('/hit', function hit(req, res) {
  hits += 1;
  var until = Date.now() + 3;
  while (Date.now() < until) {}
  res.send('hit ' + hits);
});
module.exports = app;
"""}

CLIENTS = 4
DURATION_S = 14


def test_killing_a_node_under_load(tmp_path):
    with LiquefyStack(nodes=["die1", "die2"]) as stack:
        stack.deploy("dying", SERVICE)
        unit = next(u for u, info in api.placement("dying").items() if "hit" in info["fluxions"])
        api.place("dying", unit, "die1")
        results, stop = [], threading.Event()

        def client():
            with httpx.Client(timeout=30) as http:
                while not stop.is_set():
                    started = time.monotonic()
                    r = http.get(stack.url("dying", "/hit"))
                    results.append((started, time.monotonic() - started, r.status_code, r.text,
                                    r.headers.get("x-liquefy-error")))

        threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
        for t in threads:
            t.start()
        time.sleep(3)
        killed_at = time.monotonic()
        stack.kill_node("die1")
        time.sleep(DURATION_S - 3)
        stop.set()
        for t in threads:
            t.join()

        assert api.placement("dying")[unit]["node"] == "die2"
        assert [r for r in results if r[0] > killed_at], "requests were sent after the kill"
        failed = [r for r in results if r[2] != 200]
        assert not failed, failed
        counts = sorted(int(r[3].split()[1]) for r in results)
        assert counts == list(range(1, len(results) + 1)), "a request's state update was lost or applied twice"
        assert len(results) > 100
