"""The executor under load: requests/s and latency through the gateway, against Node.js.

One run, on this machine, measures:

- `hello`, `counter` and `readfile` (the shared corpus) through the gateway with
  1 and 2 nodes, at 1 and 16 concurrent clients (closed loop: each client sends
  its next request when the previous one answered), and the same services
  under Node.js 20 + Express 4 with the same client;
- `/healthz` on the services' host, answered by the ASGI app in front of Django
  (executor/service_app.py) on the same daphne: the baseline for the gateway's cost; and the gateway with its node replaced by an echo in this
  process (the gateway's own Redis work, without any V8);
- an empty Celery task round trip (`executor.ping` on a node's queue) and a
  Redis PING, on the same Redis;
- the cost of one hop between fluxions: a route answering directly against a
  route whose answer goes through K nested `setImmediate` callbacks (K messages).

Targets, compared at p50 with 1 client and 1 node: one hop costs no more than
twice the Celery round trip; the gateway adds no more than a raw Django async
view costs, read as (hello through the gateway - /healthz) <= /healthz (what the
gateway path adds, node included, against the whole cost of a bare view); the
echo shows how much of that is the gateway itself.

The load generator (asyncio + httpx) runs on the same 2 cores as the nodes,
daphne and Redis: it competes with them for CPU, so the figures are those of
the whole machine, not of the executor alone. Nothing here asserts a timing.

    .venv/bin/python bench/executor.py [--quick] [--json results.json]
"""
import argparse
import asyncio
import base64
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tests.session_redis  # noqa: E402,F401  a private Redis; sets REDIS_URL and LIQUEFY_RUN_DIR

import django  # noqa: E402

django.setup()

import httpx  # noqa: E402
import redis  # noqa: E402
import redis.asyncio as aioredis  # noqa: E402

from executor import api, keys  # noqa: E402
from tests.support.nodejs import NodeService  # noqa: E402
from tests.support.stack import LiquefyStack  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
HOPS = 10                 # K: setImmediate callbacks between the request and the answer
CLIENTS = (1, 16)
REQUEST_TIMEOUT_S = 15    # above the gateway's own 10 s, so its 504 shows rather than ours
ECHO_SLUG = "bench-echo"


@dataclass(frozen=True)
class Target:
    """One route to load: where, and what a good answer looks like."""
    service: str
    path: str
    body_prefix: str


SERVICES = {  # corpus folder -> the route loaded
    "hello": Target("hello", "/", "42"),
    "counter": Target("counter", "/count", "count="),
    "readfile": Target("readfile", "/hello/ada", "Bonjour ADA"),
}


def hop_service(k=HOPS):
    """/direct answers at once; /chain answers after k nested setImmediate callbacks (k fluxions)."""
    chain = f"res.send('{k}');"
    for i in range(k, 0, -1):
        chain = f"setImmediate(function hop{i}() {{\n{indent(chain)}\n}});"
    return {"app.js": "\n".join([
        "var express = require('express');",
        "var app = express();",
        "",
        "app.get('/direct', function direct(req, res) {",
        "  res.send('0');",
        "});",
        "",
        "app.get('/chain', function chain(req, res) {",
        indent(chain),
        "});",
        "",
        "module.exports = app;",
        "if (require.main === module) app.listen(process.env.PORT || 8080);",
        "",
    ]).encode()}


def indent(text):
    return "\n".join("  " + line for line in text.splitlines())


# -- measuring ------------------------------------------------------------------------------


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))] if values else float("nan")


@dataclass
class Cell:
    """One measurement: a target under a number of clients."""
    system: str
    name: str
    clients: int
    seconds: float = 0.0
    latencies_ms: list = field(default_factory=list)  # good answers only
    errors: list = field(default_factory=list)         # (kind, detail)

    @property
    def rps(self):
        return len(self.latencies_ms) / self.seconds if self.seconds else 0.0

    @property
    def p50(self):
        return percentile(self.latencies_ms, 50)

    @property
    def p99(self):
        return percentile(self.latencies_ms, 99)

    def as_dict(self):
        return {"system": self.system, "name": self.name, "clients": self.clients, "requests": len(self.latencies_ms),
                "seconds": round(self.seconds, 3), "rps": round(self.rps, 1), "p50_ms": round(self.p50, 3),
                "p99_ms": round(self.p99, 3), "errors": len(self.errors), "error_samples": self.errors[:5]}


async def closed_loop(url, body_prefix, clients, seconds, warmup_s):
    """Each of `clients` clients sends GET url, waits for the answer, sends again; until the time is up.

    Returns (elapsed s, good latencies in ms, errors). A warm-up of the same shape runs first."""
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=REQUEST_TIMEOUT_S) as client:
        async def one_client(stop_at, latencies, errors):
            while time.perf_counter() < stop_at:
                started = time.perf_counter()
                try:
                    answer = await client.get(url)
                except httpx.HTTPError as e:
                    errors.append(("exception", f"{type(e).__name__}: {e}"))
                    continue
                took = (time.perf_counter() - started) * 1000
                if answer.status_code == 200 and answer.text.startswith(body_prefix):
                    latencies.append(took)
                else:
                    errors.append((f"HTTP {answer.status_code}",
                                   f"{answer.text[:200]!r} x-liquefy-error={answer.headers.get('x-liquefy-error')}"
                                   f" x-liquefy-request={answer.headers.get('x-liquefy-request')}"))

        async def run(duration):
            latencies, errors = [], []
            started = time.perf_counter()
            await asyncio.gather(*(one_client(started + duration, latencies, errors) for _ in range(clients)))
            return time.perf_counter() - started, latencies, errors

        await run(warmup_s)
        return await run(seconds)


def load(system, name, url, body_prefix, clients, args):
    cell = Cell(system, name, clients)
    cell.seconds, cell.latencies_ms, cell.errors = asyncio.run(
        closed_loop(url, body_prefix, clients, args.seconds, args.warmup))
    status = f"{cell.rps:8.1f} req/s  p50 {cell.p50:7.2f} ms  p99 {cell.p99:7.2f} ms"
    if cell.errors:
        status += f"  ERRORS {len(cell.errors)} (first: {cell.errors[0]})"
    print(f"  {system:<17} {name:<16} {clients:>2} clients  {status}", flush=True)
    return cell


def timed_calls(system, name, call, count, warmup=20):
    """Latencies of `count` sequential calls (one client)."""
    cell = Cell(system, name, 1)
    for _ in range(warmup):
        call()
    started = time.perf_counter()
    for _ in range(count):
        t0 = time.perf_counter()
        try:
            call()
        except Exception as e:  # noqa: BLE001 - reported, not raised: a benchmark records failures
            cell.errors.append(("exception", f"{type(e).__name__}: {e}"))
            continue
        cell.latencies_ms.append((time.perf_counter() - t0) * 1000)
    cell.seconds = time.perf_counter() - started
    print(f"  {system:<17} {name:<16}  1 client   p50 {cell.p50:7.3f} ms  p99 {cell.p99:7.3f} ms"
          + (f"  ERRORS {len(cell.errors)} (first: {cell.errors[0]})" if cell.errors else ""), flush=True)
    return cell


# -- the gateway without a node ---------------------------------------------------------------


async def echo_node(stop):
    """Answers every request of ECHO_SLUG with 200 "42", as a node would push it: no V8, no node loop."""
    r = aioredis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    reply = {"status": 200, "headers": [["Content-Type", "text/html; charset=utf-8"]],
             "body": base64.b64encode(b"42").decode()}
    while not stop.is_set():
        got = await r.blpop([keys.queue(ECHO_SLUG, keys.HTTP_UNIT)], timeout=0.1)
        if got:
            rid = json.loads(got[1])["rid"]
            await r.rpush(keys.reply(rid), json.dumps(dict(reply, rid=rid)))
    await r.aclose()


def gateway_with_echo(stack, system, args):
    """The gateway's own cost: the project exists for the gateway (status running) but is in no
    node's project set; this process answers its queue."""
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    r.hset(keys.meta(ECHO_SLUG), "status", "running")

    async def run():
        stop = asyncio.Event()
        responder = asyncio.create_task(echo_node(stop))
        try:
            return await closed_loop(stack.url(ECHO_SLUG, "/"), "42", 1, args.seconds, args.warmup)
        finally:
            stop.set()
            await responder

    cell = Cell(system, "gateway echo", 1)
    cell.seconds, cell.latencies_ms, cell.errors = asyncio.run(run())
    print(f"  {cell.system:<17} {cell.name:<16}  1 client   {cell.rps:8.1f} req/s  p50 {cell.p50:7.2f} ms"
          f"  p99 {cell.p99:7.2f} ms" + (f"  ERRORS {len(cell.errors)}" if cell.errors else ""), flush=True)
    r.delete(keys.meta(ECHO_SLUG))
    return cell


# -- the runs -----------------------------------------------------------------------------------


def run_nodejs(args):
    cells = []
    for slug, target in SERVICES.items():
        with NodeService(CORPUS / slug) as base:
            for clients in CLIENTS:
                cells.append(load("Node.js", slug, base + target.path, target.body_prefix, clients, args))
    return cells


def problems_in_logs(stack):
    """Lines of the nodes' and the gateway's logs that speak of a failure."""
    found = []
    for name in sorted(stack.procs):
        for line in stack.log_of(name).splitlines():
            if any(word in line for word in ("Traceback", "ERROR", "Error", "failed", "lost Redis")):
                found.append(f"{name}: {line.strip()[:300]}")
    return found


def executor_errors(slugs):
    """Error records the executor kept for the services (p:errors)."""
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    out = {}
    for slug in slugs:
        records = r.hvals(keys.errors(slug))
        if records:
            out[slug] = [record[:300] for record in records[:5]] + ([f"... {len(records)} in all"]
                                                                    if len(records) > 5 else [])
    return out


def run_liquefy(node_names, args, celery):
    """/healthz, the gateway with an echo, every service and the hop service through the gateway;
    with `celery`, also the Celery round trip to the first node."""
    system = f"Liquefy {len(node_names)} node" + ("s" if len(node_names) > 1 else "")
    cells = []
    with LiquefyStack(nodes=node_names) as stack:
        for slug in SERVICES:
            stack.deploy(slug, CORPUS / slug)
        stack.deploy("hops", hop_service())
        for clients in CLIENTS:
            cells.append(load(system, "/healthz", f"http://127.0.0.1:{stack.port}/healthz", "ok", clients, args))
        cells.append(gateway_with_echo(stack, system, args))
        for slug, target in SERVICES.items():
            for clients in CLIENTS:
                cells.append(load(system, slug, stack.url(slug, target.path), target.body_prefix, clients, args))
        cells.append(load(system, "hops /direct", stack.url("hops", "/direct"), "0", 1, args))
        cells.append(load(system, f"hops /chain K={HOPS}", stack.url("hops", "/chain"), str(HOPS), 1, args))
        if celery:
            from config.celery import app  # noqa: F401  the Celery app configured from settings (broker: REDIS_URL)
            from executor.tasks import ping
            cells.append(timed_calls("Celery", "executor.ping",
                                     lambda: ping.apply_async(queue=node_names[0]).get(timeout=10), args.pings))
        log_problems = problems_in_logs(stack)
        errors = executor_errors(list(SERVICES) + ["hops"])
        placement = {slug: {unit: p["node"] or "any" for unit, p in api.placement(slug).items()}
                     for slug in list(SERVICES) + ["hops"]}
    return cells, {"system": system, "log_problems": log_problems[:40], "executor_errors": errors,
                   "placement": placement}


def redis_ping(args):
    r = redis.Redis.from_url(os.environ["REDIS_URL"])
    return timed_calls("Redis", "PING", r.ping, args.redis_pings, warmup=100)


# -- the report -----------------------------------------------------------------------------------


def machine():
    model = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                             capture_output=True, text=True)
    node = subprocess.run(["node", "--version"], capture_output=True, text=True)
    info = redis.Redis.from_url(os.environ["REDIS_URL"]).info("server")
    return {"cpu": model, "cores": os.cpu_count(), "date": datetime.datetime.now(datetime.timezone.utc)
            .strftime("%Y-%m-%d %H:%M UTC"), "commit": commit.stdout.strip() + (" with uncommitted changes" if changed.stdout.strip() else ""), "python": platform.python_version(),
            "node": node.stdout.strip(), "redis": info.get("redis_version"),
            "load_before": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def find(cells, system, name, clients=1):
    return next(c for c in cells if c.system == system and c.name == name and c.clients == clients)


def report(cells, meta, notes, args):
    line = "-" * 100
    print(f"\n{line}\nLiquefy executor benchmark - {meta['date']}")
    print(f"machine: {meta['cpu']}, {meta['cores']} cores; Python {meta['python']}, Node.js {meta['node']}, "
          f"Redis {meta['redis']}; commit {meta['commit']} in {ROOT}")
    print(f"load average before {meta['load_before']}, after {meta['load_after']}")
    print(f"closed loop, {args.seconds:g} s per cell after {args.warmup:g} s of warm-up; the client (asyncio + httpx) "
          f"shares the {meta['cores']} cores with the nodes, daphne and Redis")
    print(f"rerun: .venv/bin/python bench/executor.py{' --quick' if args.quick else ''}\n")

    print("| service | clients | Node.js req/s | p50 ms | p99 ms | Liquefy 1 node req/s | p50 ms | p99 ms "
          "| Liquefy 2 nodes req/s | p50 ms | p99 ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for slug in SERVICES:
        for clients in CLIENTS:
            row = [slug, str(clients)]
            for system in ("Node.js", "Liquefy 1 node", "Liquefy 2 nodes"):
                c = find(cells, system, slug, clients)
                row += [f"{c.rps:.0f}", f"{c.p50:.2f}", f"{c.p99:.2f}"]
            print("| " + " | ".join(row) + " |")

    runs = ("Liquefy 1 node", "Liquefy 2 nodes")
    celery, ping = find(cells, "Celery", "executor.ping"), find(cells, "Redis", "PING")
    print("\n| round trip, 1 client (p50 / p99 ms) | " + " | ".join(runs) + " |")
    print("|---|---:|---:|")
    print(f"| Redis PING (redis-py) | {ping.p50:.3f} / {ping.p99:.3f} | |")
    print(f"| Celery task executor.ping on bench1's queue (apply_async + get) | {celery.p50:.2f} / {celery.p99:.2f} | |")
    rows = [("/healthz on the services' host (ASGI app, same daphne)", "/healthz"),
            ("gateway, its node replaced by an echo in the bench", "gateway echo"),
            ("gateway, hello", "hello"), ("gateway, hops /direct", "hops /direct"),
            (f"gateway, hops /chain (K={HOPS})", f"hops /chain K={HOPS}")]
    for label, name in rows:
        print(f"| {label} | " + " | ".join(f"{find(cells, r, name).p50:.2f} / {find(cells, r, name).p99:.2f}"
                                           for r in runs) + " |")
    print("| /healthz at 16 clients, req/s | " + " | ".join(f"{find(cells, r, '/healthz', 16).rps:.0f}"
                                                              for r in runs) + " |")

    print(f"\nderived (p50, 1 client):")
    hops = {}
    for r in runs:
        direct, chain = find(cells, r, "hops /direct"), find(cells, r, f"hops /chain K={HOPS}")
        healthz, echo, hello = find(cells, r, "/healthz"), find(cells, r, "gateway echo"), find(cells, r, "hello")
        hops[r] = (chain.p50 - direct.p50) / HOPS
        print(f"  {r}: one hop = ({chain.p50:.2f} - {direct.p50:.2f}) / {HOPS} = {hops[r]:.2f} ms"
              f" (by means {(mean(chain) - mean(direct)) / HOPS:.2f} ms);"
              f" hello - healthz = {hello.p50 - healthz.p50:.2f} ms; echo - healthz = {echo.p50 - healthz.p50:.2f} ms;"
              f" hello - echo (the node's part) = {hello.p50 - echo.p50:.2f} ms")

    hop = hops[runs[0]]
    healthz, echo, hello = (find(cells, runs[0], n) for n in ("/healthz", "gateway echo", "hello"))
    added = hello.p50 - healthz.p50
    print("\ntargets (p50, 1 client, 1 node):")
    print(f"  one hop <= 2 x Celery round trip: {hop:.2f} ms vs 2 x {celery.p50:.2f} = {2 * celery.p50:.2f} ms"
          f" -> {'met' if hop <= 2 * celery.p50 else 'NOT met'} ({hop / celery.p50:.2f} x the Celery round trip)")
    print(f"  the gateway adds <= what a raw Django async view costs: hello - healthz = {added:.2f} ms"
          f" vs healthz {healthz.p50:.2f} ms -> {'met' if added <= healthz.p50 else 'NOT met'}"
          f" ({added / healthz.p50:.2f} x); the gateway alone (echo - healthz) adds {echo.p50 - healthz.p50:.2f} ms")

    bad = [c for c in cells if c.errors]
    print("\nerrors: " + ("none" if not bad else ""))
    for c in bad:
        print(f"  {c.system} {c.name} {c.clients} clients: {len(c.errors)}; first ones:")
        for kind, detail in c.errors[:3]:
            print(f"    {kind}: {detail}")
    for note in notes:
        for slug, records in note["executor_errors"].items():
            print(f"  {note['system']}: executor error records for {slug}:")
            for record in records:
                print(f"    {record}")
        if note["log_problems"]:
            print(f"  {note['system']}: log lines speaking of failures:")
            for problem in note["log_problems"]:
                print(f"    {problem}")
    pinned = [f"{slug}/{unit} on {node}" for slug, units in notes[1]["placement"].items()
              for unit, node in units.items() if node != "any"]
    print(f"\n2-node run: {', '.join(pinned) or 'no unit'} pinned (stateful); every other unit replicated")


def mean(cell):
    return sum(cell.latencies_ms) / len(cell.latencies_ms) if cell.latencies_ms else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 s per cell, fewer round trips: a smoke run")
    parser.add_argument("--json", help="also write every cell to this file")
    args = parser.parse_args()
    args.seconds, args.warmup = (1.0, 0.3) if args.quick else (5.0, 1.0)
    args.pings, args.redis_pings = (100, 500) if args.quick else (500, 2000)
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")

    meta = machine()
    print(f"{meta['cpu']}, {meta['cores']} cores, {meta['date']}, load {meta['load_before']}", flush=True)
    cells = [redis_ping(args)]
    cells += run_nodejs(args)
    one, note1 = run_liquefy(["bench1"], args, celery=True)
    two, note2 = run_liquefy(["bench1", "bench2"], args, celery=False)
    cells += one + two
    meta["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    report(cells, meta, [note1, note2], args)
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": meta, "seconds": args.seconds, "warmup": args.warmup,
                                               "hops": HOPS, "cells": [c.as_dict() for c in cells],
                                               "notes": [note1, note2]}, indent=1))


if __name__ == "__main__":
    main()
