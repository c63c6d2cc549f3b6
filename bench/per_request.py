"""What one request costs each process of the executor, with chaining on and off, in one run.

For each round and each setting of LIQUEFY_CHAIN ("1": chained delivery, "0": every message
through its queue; alternating, so that both see the same load), or of the environment variable
--variable names, one stack of 1 node serves hello, counter (a stateful unit: one hop) and the bench service's /direct and /chain (ten
nested setImmediate callbacks); wrk runs SECONDS on each route. Besides req/s and p50, the CPU
seconds each process spent over the run (utime + stime from /proc: the gateway, the node's
Celery worker, its isolate processes, Redis) divided by the requests answered: figures that
the other work on a shared machine moves less than req/s. Node.js serves the same routes in
the same round. Nothing here asserts a timing.

    .venv/bin/python bench/per_request.py [--seconds 5] [--rounds 2] [--settings 1,0] [--variable LIQUEFY_CHAIN]
"""
import argparse
import datetime
import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_executor", ROOT / "bench" / "executor.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)  # a private Redis (tests.session_redis), Django set up

import redis  # noqa: E402

from tests.support.nodejs import NodeService  # noqa: E402
from tests.support.stack import LiquefyStack  # noqa: E402

# (row, service, path, body prefix, connections)
ROUTES = [
    ("hello", "hello", "/", "42", 1),
    ("hello", "hello", "/", "42", 16),
    ("counter", "counter", "/count", "count=", 1),
    ("counter", "counter", "/count", "count=", 16),
    ("/direct", "bench", "/direct", "0", 1),
    (f"/chain ({bench.HOPS} hops)", "bench", "/chain", str(bench.HOPS), 1),
    (f"/chain ({bench.HOPS} hops)", "bench", "/chain", str(bench.HOPS), 16),
]
TICKS = os.sysconf("SC_CLK_TCK")
LABEL = "chain"  # the variable the settings are of, as the tables name it


def cpu_seconds(pid):
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS
    except (OSError, IndexError):
        return 0.0


def children(pid):
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [int(p) for p in out]


def process_groups(stack, redis_pid):
    """{name: [pids]}: the node's worker, its isolate processes, the gateway, Redis."""
    node = stack.procs["bench1"].pid
    return {"gateway": [stack.procs["gateway"].pid] + children(stack.procs["gateway"].pid),
            "node": [node], "sandbox": children(node), "redis": [redis_pid]}


def cpu_of(groups):
    return {name: sum(cpu_seconds(p) for p in pids) for name, pids in groups.items()}


def measure_liquefy(stack, services, redis_pid, seconds, cells, setting):
    for row, service, path, expect, connections in ROUTES:
        url = stack.url(service, path)
        answer = subprocess.run(["curl", "-s", url], capture_output=True, text=True).stdout
        if not answer.startswith(expect):
            print(f"  first answer of {row}: {answer[:120]!r}")
        groups = process_groups(stack, redis_pid)  # the isolate processes exist once asked
        before = cpu_of(groups)
        cell = bench.wrk(url, connections, seconds)
        after = cpu_of(groups)
        requests = cell["rps"] * seconds
        cell["cpu_ms"] = {name: 1000 * (after[name] - before[name]) / max(requests, 1) for name in groups}
        cells.setdefault((f"{LABEL}={setting}", row, connections), []).append(cell)
        print(f"  {LABEL}={setting} {row:<16} {connections:>2} conn {cell['rps']:8.1f} req/s  p50 {cell['p50']:6.2f} ms  "
              "CPU ms/request " + " ".join(f"{k} {v:.3f}" for k, v in cell["cpu_ms"].items())
              + f" all {sum(cell['cpu_ms'].values()):.3f}" + (f"  ERRORS {cell['errors']}" if cell["errors"] else ""),
              flush=True)


def measure_nodejs(services, seconds, cells):
    for row, service, path, expect, connections in ROUTES:
        with NodeService(services[service]) as base:
            cell = bench.wrk(base + path, connections, seconds)
        cells.setdefault(("Node.js", row, connections), []).append(cell)
        print(f"  Node.js  {row:<16} {connections:>2} conn {cell['rps']:8.1f} req/s  p50 {cell['p50']:6.2f} ms",
              flush=True)


def report(cells, settings):
    systems = ["Node.js"] + [f"{LABEL}={s}" for s in settings]
    print("\n| route | conn | " + " | ".join(f"{s} req/s (p50 ms)" for s in systems)
          + " | " + " | ".join(f"{s} CPU ms/request" for s in systems[1:]) + " |")
    print("|---|---:|" + "---:|" * (2 * len(systems) - 1))
    for row, _, _, _, connections in ROUTES:
        line = [row, str(connections)]
        for system in systems:
            runs = cells.get((system, row, connections), [])
            line.append(", ".join(f"{c['rps']:,.0f} ({c['p50']:.2f})" for c in runs))
        for system in systems[1:]:
            runs = cells.get((system, row, connections), [])
            line.append(", ".join(f"{sum(c['cpu_ms'].values()):.2f}" for c in runs))
        print("| " + " | ".join(line) + " |")
    print("\nCPU ms per request by process (mean over the rounds):")
    for system in systems[1:]:
        for row, _, _, _, connections in ROUTES:
            runs = cells.get((system, row, connections), [])
            if runs:
                names = runs[0]["cpu_ms"]
                print(f"  {system} {row} {connections} conn: " + ", ".join(
                    f"{n} {sum(c['cpu_ms'][n] for c in runs) / len(runs):.3f}" for n in names))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--settings", default="1,0",
                        help="values of the variable, in the order run in each round; for LIQUEFY_CHAIN, 'inline0' "
                             "is chaining on with LIQUEFY_INLINE=0 (no messages of units with state run within others)")
    parser.add_argument("--variable", default="LIQUEFY_CHAIN", help="the environment variable the settings are of")
    args = parser.parse_args()
    settings = args.settings.split(",")
    global LABEL
    LABEL = args.variable.removeprefix("LIQUEFY_").lower()
    print(f"bench/per_request.py - {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M UTC}; "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; wrk {args.seconds} s a cell", flush=True)
    redis_pid = redis.Redis.from_url(os.environ["REDIS_URL"]).info()["process_id"]
    cells = {}
    with tempfile.TemporaryDirectory(prefix="liquefy-bench-") as tmp:
        (Path(tmp) / "bench").mkdir()
        (Path(tmp) / "bench" / "app.js").write_text(bench.bench_service())
        services = {name: bench.CORPUS / name for name in ("hello", "counter")}
        services["bench"] = Path(tmp) / "bench"
        for round_ in range(args.rounds):
            print(f"round {round_ + 1}", flush=True)
            measure_nodejs(services, args.seconds, cells)
            for setting in settings:
                env = {"LIQUEFY_CHAIN": "1", "LIQUEFY_INLINE": "0"} if setting == "inline0" else {args.variable: setting}
                with LiquefyStack(nodes=["bench1"], env=env) as stack:
                    for service in sorted({s for _, s, _, _, _ in ROUTES}):
                        stack.deploy(service, services[service])
                    measure_liquefy(stack, services, redis_pid, args.seconds, cells, setting)
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    report(cells, settings)


if __name__ == "__main__":
    main()
