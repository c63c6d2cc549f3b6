"""Requests/s through the front door, measured with wrk (a load generator in C).

One run, on this machine, side by side:

- Node.js 20 + Express 4 answering `hello` (the shared corpus service);
- `/healthz` on the services' host: the ASGI app in front of Django
  (executor/service_app.py), the floor of Liquefy's front door on daphne;
- `/healthz` on the IDE's host: a bare async Django view (the request path
  the gateway went through before it moved in front of Django);
- `hello` through the gateway on 2 nodes.

Each at 1 connection and at 16, for SECONDS each. wrk runs on the same 2
cores as daphne, the nodes and Redis. Nothing here asserts a timing.

    .venv/bin/python bench/gateway_wrk.py [--seconds 5]
"""
import argparse
import datetime
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tests.session_redis  # noqa: E402,F401  a private Redis; sets REDIS_URL and LIQUEFY_RUN_DIR

import django  # noqa: E402

django.setup()

from tests.support.nodejs import NodeService  # noqa: E402
from tests.support.stack import LiquefyStack  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpus")


def wrk(url, connections, seconds, host=None):
    """(requests/s, p50 ms, non-2xx or socket errors) from one wrk run."""
    args = ["wrk", "--latency", "-t", str(min(connections, 2)), "-c", str(connections), "-d", f"{seconds}s", url]
    if host:
        args[1:1] = ["-H", f"Host: {host}"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    ms = float(p50.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p50.group(2)]
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    errors += sum(int(n) for n in re.findall(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",
                                              out)[0]) if "Socket errors" in out else 0
    return rps, ms, errors


def measure(name, url, seconds, host=None):
    rows = []
    for connections in (1, 16):
        rps, p50, errors = wrk(url, connections, seconds, host)
        rows.append((name, connections, rps, p50, errors))
        print(f"  {name:<34} {connections:>2} conn  {rps:9.1f} req/s  p50 {p50:7.2f} ms"
              + (f"  ERRORS {errors}" if errors else ""), flush=True)
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=5)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: `make bench` installs it (Debian's wrk)")
    print(f"bench/gateway_wrk.py, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, "
          f"{platform.node()}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores",
          flush=True)
    rows = []
    with NodeService(CORPUS / "hello") as base:
        rows += measure("Node.js hello", base + "/", args.seconds)
    with LiquefyStack(nodes=("bench1", "bench2")) as stack:
        stack.deploy("hello", CORPUS / "hello")
        port = stack.port
        rows += measure("/healthz, services' host (ASGI)", f"http://127.0.0.1:{port}/healthz", args.seconds)
        rows += measure("/healthz, IDE's host (Django)", f"http://127.0.0.1:{port}/healthz", args.seconds,
                        host=f"localhost:{port}")
        rows += measure("Liquefy hello, 2 nodes", stack.url("hello", "/"), args.seconds)
    node = {c: rps for name, c, rps, _, _ in rows if name == "Node.js hello"}
    liquid = {c: rps for name, c, rps, _, _ in rows if name.startswith("Liquefy hello")}
    for c in (1, 16):
        print(f"  hello at {c} conn: Liquefy / Node.js = 1/{node[c] / liquid[c]:.1f}")
    print("rerun: .venv/bin/python bench/gateway_wrk.py")


if __name__ == "__main__":
    main()
