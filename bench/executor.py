"""The executor under load, measured with wrk (a load generator in C), side by side in one run.

- Node.js 20 + Express 4 serving the same services (the baseline of every row);
- a bare ASGI app on the gateway's ASGI server (uvicorn): the floor of a Python front door;
- `/healthz` on the services' host (executor/service_app.py) and on the IDE's (Django);
- through the gateway on 1 node and on 2 nodes: hello, counter (a stateful unit), readfile
  (an `fs.readFile` continuation), a route answering at once (/direct) and one answering after
  ten nested `setImmediate` callbacks (/chain: ten hops between stateless fluxions), an async
  handler of a unit with state whose continuation after `await` goes to that unit (/visit), and a
  CPU-bound route (/cpu, 10 to 15 ms of JavaScript) at 4 connections; on 2 nodes, counter
  again with the requests' unit placed on one node and counter's on the other (one hop across).

Each cell: wrk for SECONDS at 1 connection and at 16 (4 for /cpu). Every route is asked once
first and its answer checked; wrk's non-2xx answers and socket errors are counted, and the
executor's error records and the processes' logs are read at the end. wrk, the gateway, the
nodes and Redis share this machine's cores. Nothing here asserts a timing.

    .venv/bin/python bench/executor.py [--seconds 5] [--quick] [--json FILE]
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tests.session_redis  # noqa: E402,F401  a private Redis; sets REDIS_URL and LIQUEFY_RUN_DIR

import django  # noqa: E402

django.setup()

import httpx  # noqa: E402
import redis  # noqa: E402

from executor import api, keys  # noqa: E402
from executor.stack import gateway_command  # noqa: E402
from tests.support.nodejs import NodeService  # noqa: E402
from tests.support.ports import free_port  # noqa: E402
from tests.support.stack import LiquefyStack  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpus")
HOPS = 10
CPU_ITERATIONS = 4_000_000  # 10 to 15 ms of JavaScript on a quiet core of this machine
CPU_CONNECTIONS = 4

# (row, service, path, body prefix, connections)
ROUTES = [
    ("hello", "hello", "/", "42", (1, 16)),
    ("counter", "counter", "/count", "count=", (1, 16)),
    ("readfile", "readfile", "/hello/ada", "Bonjour ADA", (1, 16)),
    ("/direct", "bench", "/direct", "0", (1, 16)),
    (f"/chain ({HOPS} hops)", "bench", "/chain", str(HOPS), (1, 16)),
    ("/visit (async, state)", "bench", "/visit", "v", (1, 16)),
    ("/cpu", "bench", "/cpu", "done", (CPU_CONNECTIONS,)),
]

ACROSS = "counter, requests on one node, its unit on the other"

BARE_ASGI = '''
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/plain"), (b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"ok"})
'''


def bench_service(k=HOPS):
    """/direct answers at once; /chain after k nested setImmediate callbacks; /visit is an async handler
    of a unit with state, whose continuation goes to its unit; /cpu answers after a busy loop."""
    chain = f"res.send('{k}');"
    for i in range(k, 0, -1):
        chain = f"setImmediate(function hop{i}() {{\n{indent(chain)}\n}});"
    return "\n".join([
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
        "var visits = 0;",
        "app.get('/visit', async function visit(req, res) {",
        "  visits += 1;",
        "  var n = visits;",
        "  await null;",
        "  res.send('v' + n + '/' + visits);",
        "});",
        "",
        "app.get('/cpu', function cpu(req, res) {",
        "  var x = 0;",
        f"  for (var i = 0; i < {CPU_ITERATIONS}; i++) x += Math.sqrt(i);",
        "  res.send(x > 0 ? 'done' : 'zero');",
        "});",
        "",
        "module.exports = app;",
        "if (require.main === module) app.listen(process.env.PORT || 8080);",
        "",
    ])


def indent(text):
    return "\n".join("  " + line for line in text.splitlines())


def wrk(url, connections, seconds, host=None):
    """{rps, p50, p99 (ms), errors} from one wrk run."""
    args = ["wrk", "--latency", "-t", str(min(connections, 2)), "-c", str(connections), "-d", f"{seconds}s", url]
    if host:
        args[1:1] = ["-H", f"Host: {host}"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    cell = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))}
    for name, pct in (("p50", "50"), ("p99", "99")):
        m = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        cell[name] = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    cell["errors"] = errors + (sum(int(n) for n in socket_errors.groups()) if socket_errors else 0)
    return cell


class Run:
    def __init__(self, seconds):
        self.seconds = seconds
        self.cells = {}  # (system, row, connections) -> cell
        self.problems = []

    def measure(self, system, row, url, connections, expect=None, host=None):
        if expect is not None:
            answer = httpx.get(url, headers={"Host": host} if host else None, timeout=30)
            if answer.status_code != 200 or not answer.text.startswith(expect):
                self.problems.append(f"{system} {row}: first answer {answer.status_code} {answer.text[:120]!r}")
        for c in connections:
            cell = wrk(url, c, self.seconds, host)
            self.cells[(system, row, c)] = cell
            print(f"  {system:<16} {row:<20} {c:>2} conn {cell['rps']:9.1f} req/s  p50 {cell['p50']:7.2f} ms"
                  f"  p99 {cell['p99']:7.2f} ms" + (f"  ERRORS {cell['errors']}" if cell["errors"] else ""),
                  flush=True)


def run_nodejs(run, services):
    for row, service, path, expect, connections in ROUTES:
        with NodeService(services[service]) as base:
            run.measure("Node.js", row, base + path, connections, expect)


def run_bare_asgi(run, tmp):
    (tmp / "bare_asgi.py").write_text(BARE_ASGI)
    port = free_port()
    proc = subprocess.Popen(gateway_command(port, app="bare_asgi:app"),
                            cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        run.measure("bare ASGI", "uvicorn, no app", f"http://127.0.0.1:{port}/", (1, 16), "ok")
    finally:
        proc.terminate()
        proc.wait()


def run_liquefy(run, services, nodes):
    system = f"Liquefy {len(nodes)} node" + ("s" if len(nodes) > 1 else "")
    with LiquefyStack(nodes=nodes) as stack:
        for service in sorted({s for _, s, _, _, _ in ROUTES}):
            stack.deploy(service, services[service])
        port = stack.port
        if len(nodes) == 1:
            run.measure(system, "/healthz (services)", f"http://127.0.0.1:{port}/healthz", (1, 16), "ok")
            run.measure(system, "/healthz (IDE, Django)", f"http://127.0.0.1:{port}/healthz", (1, 16), "ok",
                        host=f"localhost:{port}")
        for row, service, path, expect, connections in ROUTES:
            run.measure(system, row, stack.url(service, path), connections, expect)
        if len(nodes) > 1:  # the requests on one node, counter's unit on the other: each request hops across
            api.place("counter", keys.HTTP_UNIT, nodes[0])
            api.place("counter", "increment", nodes[1])
            run.measure(system, ACROSS, stack.url("counter", "/count"), (1,), "count=")
        r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
        for service in sorted({s for _, s, _, _, _ in ROUTES}):
            for record in r.hvals(keys.errors(service))[:3]:
                run.problems.append(f"{system}: error record of {service}: {record[:200]}")
        for name in sorted(stack.procs):
            for line in stack.log_of(name).splitlines():
                if any(word in line for word in ("Traceback", "ERROR", "failed", "lost Redis")):
                    run.problems.append(f"{system} {name}: {line.strip()[:200]}")


def report(run, meta, args):
    cells = run.cells
    print(f"\nbench/executor.py - {meta['date']}; {meta['cpu']}, {meta['cores']} cores; Python {meta['python']}, "
          f"Node.js {meta['node']}; commit {meta['commit']}; load average {meta['load_before']} before, "
          f"{meta['load_after']} after; wrk {args.seconds} s a cell\n")
    systems = ["Node.js", "Liquefy 1 node", "Liquefy 2 nodes"]
    print("| route | conn | " + " | ".join(f"{s} req/s | p50 ms" for s in systems) + " | 1 node / Node.js |")
    print("|---|---:|" + "---:|---:|" * len(systems) + "---:|")
    for row, _, _, _, connections in ROUTES:
        for c in connections:
            line = [row, str(c)]
            for system in systems:
                cell = cells.get((system, row, c))
                line += [f"{cell['rps']:,.0f}", f"{cell['p50']:.2f}"] if cell else ["", ""]
            node, one = cells.get(("Node.js", row, c)), cells.get(("Liquefy 1 node", row, c))
            line.append(f"1/{node['rps'] / one['rps']:.1f}" if node and one and one["rps"] else "")
            print("| " + " | ".join(line) + " |")
    print("\n| front door | conn | req/s | p50 ms |\n|---|---:|---:|---:|")
    for system, row in (("bare ASGI", "uvicorn, no app"), ("Liquefy 1 node", "/healthz (services)"),
                        ("Liquefy 1 node", "/healthz (IDE, Django)")):
        for c in (1, 16):
            cell = cells[(system, row, c)]
            print(f"| {system}: {row} | {c} | {cell['rps']:,.0f} | {cell['p50']:.2f} |")
    print("\nderived (p50 at 1 connection):")
    for system in systems[1:]:
        direct, chain = cells[(system, "/direct", 1)], cells[(system, f"/chain ({HOPS} hops)", 1)]
        print(f"  {system}: one hop to a stateless unit = ({chain['p50']:.2f} - {direct['p50']:.2f}) / {HOPS} = "
              f"{(chain['p50'] - direct['p50']) / HOPS:.2f} ms")
    direct, counter = cells[("Liquefy 1 node", "/direct", 1)], cells[("Liquefy 1 node", "counter", 1)]
    print(f"  Liquefy 1 node: one hop to a unit with state (counter - /direct) = {counter['p50']:.2f} - "
          f"{direct['p50']:.2f} = {counter['p50'] - direct['p50']:.2f} ms")
    direct, across = cells[("Liquefy 2 nodes", "/direct", 1)], cells[("Liquefy 2 nodes", ACROSS, 1)]
    print(f"  Liquefy 2 nodes: one hop across nodes ({ACROSS} - /direct) = {across['p50']:.2f} - "
          f"{direct['p50']:.2f} = {across['p50'] - direct['p50']:.2f} ms")
    one, two = cells[("Liquefy 1 node", "/cpu", CPU_CONNECTIONS)], cells[("Liquefy 2 nodes", "/cpu", CPU_CONNECTIONS)]
    print(f"  /cpu at {CPU_CONNECTIONS} connections: 2 nodes / 1 node = {two['rps'] / one['rps']:.2f}")
    errors = [f"{s} {r} {c} conn: {cell['errors']}" for (s, r, c), cell in cells.items() if cell["errors"]]
    print("\nerrors (non-2xx, socket): " + ("none" if not errors else "; ".join(errors)))
    print("problems (first answers, error records, logs): " + ("none" if not run.problems else ""))
    for problem in run.problems[:30]:
        print(f"  {problem}")
    print(f"\nrerun: .venv/bin/python bench/executor.py --seconds {args.seconds}")


def machine():
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
                 "unknown")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
                           text=True).stdout.strip()
    return {"cpu": model, "cores": os.cpu_count(), "python": platform.python_version(),
            "node": subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip(),
            "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "commit": commit.stdout.strip() + (" with uncommitted changes" if dirty else ""),
            "load_before": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5, help="wrk's duration per cell")
    parser.add_argument("--quick", action="store_true", help="2 s per cell: a smoke run")
    parser.add_argument("--json", help="also write every cell to this file")
    args = parser.parse_args()
    if args.quick:
        args.seconds = 2
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: `make bench` installs it (Debian's wrk)")
    meta = machine()
    run = Run(args.seconds)
    with tempfile.TemporaryDirectory(prefix="liquefy-bench-") as tmp:
        tmp = Path(tmp)
        (tmp / "bench").mkdir()
        (tmp / "bench" / "app.js").write_text(bench_service())
        services = {name: CORPUS / name for name in ("hello", "counter", "readfile")}
        services["bench"] = tmp / "bench"
        run_nodejs(run, services)
        run_bare_asgi(run, tmp)
        run_liquefy(run, services, ["bench1"])
        run_liquefy(run, services, ["bench1", "bench2"])
    meta["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    report(run, meta, args)
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": meta, "seconds": args.seconds, "problems": run.problems,
                                               "cells": [dict(system=s, route=r, connections=c, **cell)
                                                         for (s, r, c), cell in run.cells.items()]}, indent=1))


if __name__ == "__main__":
    main()
