"""Automatic balancing: two nodes, the load all on one; with the balancer on, the
load spreads, answers stay right, and the balancer settles."""
import asyncio
import time

import pytest

from executor import api
from tests.support.stack import LiquefyStack

pytestmark = [pytest.mark.executor, pytest.mark.slow]

# Two independent stateful routes, each a few milliseconds of work per request.
SERVICE = {"app.js": b"""
var express = require('express');
var app = express();
var apples = 0, pears = 0;
function work(ms) { var until = Date.now() + ms; while (Date.now() < until) {} }
app.get('/apple', function apple(req, res) { apples += 1; work(4); res.send(String(apples)); });
app.get('/pear', function pear(req, res) { pears += 1; work(4); res.send(String(pears)); });
module.exports = app;
"""}

RATE = 40          # requests per second on each route
DURATION_S = 36
SPREAD_WITHIN_S = 20
MARGIN = 0.15      # busy fractions within this much of each other once spread
SETTLED_LAST_S = 10


async def drive(slug, path, answers):
    """Open-loop requests at RATE for DURATION_S, keeping each answer."""
    tasks = []
    start = time.monotonic()
    for n in range(RATE * DURATION_S):
        delay = start + n / RATE - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.ensure_future(api.request(slug, "GET", path)))
    for status, _, body in await asyncio.gather(*tasks):
        answers.append((status, body.decode()))


def test_the_balancer_spreads_load_and_settles():
    with LiquefyStack(nodes=["bal1", "bal2"], metrics=True, gateway=False) as stack:
        stack.deploy("balance", SERVICE)
        units = {u: info for u, info in api.placement("balance").items() if info["stateful"]}
        assert len(units) == 2
        for unit in units:
            api.place("balance", unit, "bal1")  # all the load on one node
        api.set_balancer("balance", True)
        started = time.time()
        apples, pears = [], []

        async def both():
            await asyncio.gather(drive("balance", "/apple", apples), drive("balance", "/pear", pears))
        asyncio.run(both())

        frames = api.frames("balance", since_ms=int(started * 1000))
        events = [e for e in api.events("balance") if e.get("type") == "balance"]
        assert events, "the balancer never moved anything"
        first_move = min(e["ts"] for e in events) / 1000 - started
        assert first_move < SPREAD_WITHIN_S, f"first move after {first_move:.1f} s"
        assert all(e["from"] == "bal1" and e["to"] == "bal2" and e["why"] for e in events[:1])
        end = max(f["ts"] for f in frames) / 1000
        assert not [e for e in events if e["ts"] / 1000 > end - SETTLED_LAST_S], "still moving at the end"
        tail = [f for f in frames if f["ts"] / 1000 > end - SETTLED_LAST_S + 1]
        busy = {n: sum(f["nodes"][n]["busy"] for f in tail) / len(tail) for n in ("bal1", "bal2")}
        assert abs(busy["bal1"] - busy["bal2"]) < MARGIN, busy
        for answers in (apples, pears):
            assert sorted(int(b) for s, b in answers if s == 200) == list(range(1, RATE * DURATION_S + 1))
