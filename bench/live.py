"""Live load costs: metrics on vs off, event-to-browser lag, migration pause.

    .venv/bin/python bench/live.py [--quick]

1. Throughput of a small stateful service with the nodes' metrics on, then off,
   alternating (same run, same machine): how much counting costs.
2. The lag from an event (a move) to a subscriber of the project's Channels
   group, through the metrics loop's event forwarder and the Redis channel layer
   (what a browser's WebSocket consumer receives): p50/p95 over many moves.
3. The migration pause (request to hand-over done) over many moves of a
   stateful unit, idle and under a steady load: p50/p95.
Never asserts anything: it prints figures and the command to rerun them.
"""
import argparse
import asyncio
import os
import platform
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import tests.session_redis  # noqa: E402,F401  (a private Redis, REDIS_URL set)

import django  # noqa: E402

django.setup()

from executor import api  # noqa: E402
from tests.support.stack import LiquefyStack  # noqa: E402

SERVICE = {"app.js": b"""
var express = require('express');
var app = express();
var hits = 0;
app.get('/hit', function hit(req, res) { hits += 1; res.send(String(hits)); });
module.exports = app;
"""}


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


async def closed_loop(slug, clients, seconds):
    done = 0
    end = time.monotonic() + seconds

    async def client():
        nonlocal done
        while time.monotonic() < end:
            status, _, _ = await api.request(slug, "GET", "/hit")
            done += status == 200
    await asyncio.gather(*(client() for _ in range(clients)))
    return done / seconds


def throughput(metrics_on, seconds, clients):
    env = {"LIQUEFY_METRICS": "1" if metrics_on else "0"}
    with LiquefyStack(nodes=["lv1", "lv2"], gateway=False, env=env) as stack:
        stack.deploy("overhead", SERVICE)
        asyncio.run(closed_loop("overhead", clients, 1))  # warm up
        return asyncio.run(closed_loop("overhead", clients, seconds))


def metrics_overhead(rounds, seconds, clients):
    on, off = [], []
    for _ in range(rounds):
        on.append(throughput(True, seconds, clients))
        off.append(throughput(False, seconds, clients))
    m_on, m_off = statistics.median(on), statistics.median(off)
    return {"on": m_on, "off": m_off, "loss_pct": (m_off - m_on) / m_off * 100, "runs_on": on, "runs_off": off}


async def event_lags(slug, unit, moves):
    """Moves the unit back and forth; for each, how long its move.end event takes to
    reach a subscriber of the project's group (one event loop, as a consumer has)."""
    from channels.layers import get_channel_layer
    layer = get_channel_layer()
    channel = await layer.new_channel()
    await layer.group_add(f"events.{slug}", channel)
    await asyncio.sleep(1.5)  # the forwarder is subscribed
    loop = asyncio.get_running_loop()
    lags, pauses = [], []
    first = api.placement(slug)[unit]["node"]
    order = [first, "lv2" if first == "lv1" else "lv1"]
    for n in range(moves):
        moved = await loop.run_in_executor(None, api.place, slug, unit, order[(n + 1) % 2])
        pauses.append(moved["pause_ms"])
        while True:
            message = await asyncio.wait_for(layer.receive(channel), timeout=10)
            event = message.get("event", {})
            if event.get("type") == "move.end" and event.get("unit") == unit:
                lags.append(time.time() * 1000 - event["ts"])
                break
    return lags, pauses


def event_lag_and_pauses(moves, load_clients):
    with LiquefyStack(nodes=["lv1", "lv2"], gateway=False, metrics=True):
        api.deploy("moving", SERVICE, reset=True)
        unit = next(u for u, i in api.placement("moving").items() if i["stateful"])
        lags, idle = asyncio.run(event_lags("moving", unit, moves))
        loaded, stop = [], threading.Event()

        def load():
            async def go():
                while not stop.is_set():
                    await closed_loop("moving", load_clients, 0.5)
            asyncio.run(go())
        worker = threading.Thread(target=load)
        worker.start()
        time.sleep(1)
        first = api.placement("moving")[unit]["node"]
        order = [first, "lv2" if first == "lv1" else "lv1"]
        for n in range(moves):
            loaded.append(api.place("moving", unit, order[(n + 1) % 2])["pause_ms"])
        stop.set()
        worker.join()
    return lags, idle, loaded


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds, seconds, moves = (2, 3, 20) if args.quick else (3, 6, 60)
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor())
    print(f"machine: {cpu}, {os.cpu_count()} cores; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    overhead = metrics_overhead(rounds, seconds, clients=8)
    print(f"\nmetrics overhead (8 clients, closed loop, {seconds} s x {rounds} rounds each, median):")
    print(f"  metrics on : {overhead['on']:7.1f} req/s   runs {[round(x) for x in overhead['runs_on']]}")
    print(f"  metrics off: {overhead['off']:7.1f} req/s   runs {[round(x) for x in overhead['runs_off']]}")
    print(f"  throughput lost with metrics on: {overhead['loss_pct']:.1f}% (target: under 5%)")
    lags, idle, loaded = event_lag_and_pauses(moves, load_clients=4)
    print(f"\nevent to subscriber lag ({len(lags)} moves): p50 {pct(lags, .5):.1f} ms, p95 {pct(lags, .95):.1f} ms")
    print(f"migration pause, idle ({len(idle)} moves): p50 {pct(idle, .5):.2f} ms, p95 {pct(idle, .95):.2f} ms")
    print(f"migration pause, under load ({len(loaded)} moves): p50 {pct(loaded, .5):.2f} ms, "
          f"p95 {pct(loaded, .95):.2f} ms")
    print("\nrerun: .venv/bin/python bench/live.py" + (" --quick" if args.quick else ""))


if __name__ == "__main__":
    main()
