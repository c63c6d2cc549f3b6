"""How late timers fire: `setTimeout(fn, ms)` under Liquefy against Node.js.

    .venv/bin/python bench/timers.py [--count N]

A route asks for a timer of `ms` milliseconds and answers, from the timer's
callback, how many milliseconds after its due time the callback ran (Date.now()
in both). Requests are sequential, one client; 2 nodes for Liquefy, either of
which may fire the timer and run its callback. Lateness under Liquefy includes
storing the timer with the message's effects, the node's clock thread waking up,
moving the message to its queue, and a node taking and running it; under
Node.js, the event loop's own delay. Never asserts anything.
"""
import argparse
import asyncio
import datetime
import os
import platform
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import tests.session_redis  # noqa: E402,F401  (a private Redis, REDIS_URL set)

import django  # noqa: E402

django.setup()

import httpx  # noqa: E402

from executor import api  # noqa: E402
from tests.support.nodejs import NodeService  # noqa: E402
from tests.support.stack import LiquefyStack  # noqa: E402

APP = b"""
var express = require('express');
var app = express();
app.get('/late/:ms', function late(req, res) {
  var ms = Number(req.params.ms);
  var asked = Date.now();
  setTimeout(function fired() { res.send(String(Date.now() - asked - ms)); }, ms);
});
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
"""
DELAYS_MS = (1, 10, 50)


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def summary(values):
    return f"p50 {pct(values, 0.5):5.1f}  p95 {pct(values, 0.95):5.1f}  max {max(values):5.1f} ms"


async def lateness_liquefy(ms, count):
    out = []
    for _ in range(count):
        status, _, body = await api.request("timers", "GET", f"/late/{ms}")
        assert status == 200, body
        out.append(float(body))
    return out


def lateness_node(base, ms, count):
    with httpx.Client(timeout=10) as http:
        return [float(http.get(f"{base}/late/{ms}").text) for _ in range(count)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300, help="requests per delay (default 300)")
    args = parser.parse_args()
    print(f"Timer lateness, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, "
          f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        service = Path(tmp) / "timers"
        service.mkdir()
        (service / "app.js").write_bytes(APP)
        with NodeService(service) as base:
            node = {ms: lateness_node(base, ms, args.count) for ms in DELAYS_MS}
    with LiquefyStack(nodes=["t1", "t2"], gateway=False) as stack:
        stack.deploy("timers", {"app.js": APP})
        asyncio.run(lateness_liquefy(1, 20))  # warm-up: both nodes load the isolate
        liquid = {ms: asyncio.run(lateness_liquefy(ms, args.count)) for ms in DELAYS_MS}
    print(f"{'setTimeout':>12}  {'Node.js':<40}  Liquefy, 2 nodes")
    for ms in DELAYS_MS:
        print(f"{ms:>9} ms  {summary(node[ms]):<40}  {summary(liquid[ms])}")
    print(f"\nrerun: .venv/bin/python bench/timers.py --count {args.count}")


if __name__ == "__main__":
    main()
