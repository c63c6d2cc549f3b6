"""Overload (issue 13): about ten times the requests the service can serve, for 30 s.

The queues stay bounded, what cannot be served is refused at once with 503 and
`Retry-After` (never a 504 after a long wait), Redis's memory stays flat,
nothing admitted is lost or applied twice (the counter ends at the number of
POSTs answered 200), and the service answers normally as soon as the load stops.
"""
import asyncio
import os
import time

import httpx
import pytest

from executor import api, keys
from tests.support.stack import LiquefyStack

pytestmark = [pytest.mark.executor, pytest.mark.slow]

SECONDS = float(os.environ.get("LIQUEFY_OVERLOAD_S", "30"))
QUEUE_LIMIT = 20

# Each POST spends about 50 ms of JavaScript: its unit (one node) serves at most ~20 a second.
SERVICE = {"app.js": b"""
const app = require('express')();
let count = 0;
app.post('/count', (req, res) => {
  const end = Date.now() + 50;
  while (Date.now() < end) {}
  count += 1;
  res.send(String(count));
});
app.get('/count', (req, res) => res.send(String(count)));
module.exports = app;
"""}


async def flood(url, seconds, workers=200):
    tally = {"ok": 0, "refused": 0, "other": [], "retry_after": set()}
    end = time.monotonic() + seconds

    async def worker(client):
        while time.monotonic() < end:
            answer = await client.post(url)
            if answer.status_code == 200:
                tally["ok"] += 1
            elif answer.status_code in (503, 429):
                tally["refused"] += 1
                tally["retry_after"].add(answer.headers.get("retry-after"))
            else:
                tally["other"].append((answer.status_code, answer.text[:200]))

    limits = httpx.Limits(max_connections=workers, max_keepalive_connections=workers)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(workers)))
    return tally


def test_overload_is_refused_fast_and_nothing_admitted_is_lost():
    env = {"LIQUEFY_QUEUE_LIMIT": str(QUEUE_LIMIT), "LIQUEFY_GATEWAY_TIMEOUT_MS": "10000"}
    with LiquefyStack(nodes=["ov1", "ov2"], env=env) as stack:
        stack.deploy("flooded", SERVICE)
        r = stack.r
        queues = [keys.queue("flooded", u) for u in list(api.placement("flooded")) + [keys.HTTP_UNIT]]
        memory_before = r.info("memory")["used_memory"]
        samples = []

        async def watch(until):
            while time.monotonic() < until:
                samples.append((sum(r.llen(q) for q in queues), r.info("memory")["used_memory"]))
                await asyncio.sleep(0.5)

        async def run():
            watcher = asyncio.create_task(watch(time.monotonic() + SECONDS))
            tally = await flood(stack.url("flooded", "/count"), SECONDS)
            await watcher
            return tally
        tally = asyncio.run(run())

        assert tally["other"] == [], tally["other"][:5]
        assert tally["refused"] >= 4 * tally["ok"], tally  # offered at least 5 times what it serves (about 10 here)
        assert tally["retry_after"] == {"1"}
        assert max(length for length, _ in samples) <= 2 * QUEUE_LIMIT, samples
        assert max(memory for _, memory in samples) - memory_before < 20 * 2 ** 20, (memory_before, samples)
        with httpx.Client(timeout=30) as http:
            after = [http.get(stack.url("flooded", "/count")) for _ in range(10)]
        assert [a.status_code for a in after] == [200] * 10
        assert int(after[0].text) == tally["ok"]
