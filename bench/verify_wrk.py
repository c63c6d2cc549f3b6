"""What verify mode costs, measured with wrk through the gateway.

Two stateless services, each deployed twice on the same 2 nodes (LIQUEFY_VERIFY=0,
so only the projects deployed with verify mode are checked): one without, one with.

- `hello`: the shared corpus service (one route, almost no module state);
- `table`: a route that reads a module-level table of 1,000 objects (each with an
  array), so that every message digests some 9,000 values.

Each at 1 connection and at 16, for SECONDS each; then the same requests run straight
into one isolate (tests/executor/runtime_harness.py, no Redis, no gateway), where the
digest's own time shows best. wrk runs on the same 2 cores as
the ASGI server, the nodes and Redis, on a machine other engineers share: compare the rows of
one run with each other, not with another run's. Nothing here asserts a timing.

    .venv/bin/python bench/verify_wrk.py [--seconds 5]
"""
import argparse
import datetime
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tests.session_redis  # noqa: E402,F401  a private Redis; sets REDIS_URL and LIQUEFY_RUN_DIR

import django  # noqa: E402

django.setup()

from bench.executor import CORPUS, wrk  # noqa: E402
from tests.executor.runtime_harness import VERIFY_CAPS, LocalService  # noqa: E402
from tests.support.stack import LiquefyStack, service_files  # noqa: E402

TABLE = b"""const express = require('express');
const app = express();
const TABLE = {};
for (let i = 0; i < 1000; i++) TABLE['k' + i] = {id: i, name: 'item ' + i, tags: ['a', 'b']};
app.get('/item/:k', (req, res) => res.json(TABLE[req.params.k] || null));
app.listen(3000);
"""
SERVICES = {"hello": (CORPUS / "hello", "/"), "table": ({"app.js": TABLE}, "/item/k500")}


def in_isolate(service, path, verify, count=300):
    """(ms a request, values digested) with the requests run straight into one isolate."""
    files = service if isinstance(service, dict) else service_files(service)
    with LocalService(files, nodes=1, verify=VERIFY_CAPS if verify else None) as svc:
        for _ in range(20):  # warm-up: V8 compiles what runs often
            svc.request("GET", path)
        started = time.perf_counter()
        for _ in range(count):
            svc.request("GET", path)
        ms = (time.perf_counter() - started) * 1000 / count
        return ms, (svc.verified[-1]["values"] if svc.verified else 0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=5)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: `make bench` installs it (Debian's wrk)")
    print(f"bench/verify_wrk.py, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, "
          f"{platform.node()}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores",
          flush=True)
    rps = {}
    with LiquefyStack(nodes=("vbench1", "vbench2"), env={"LIQUEFY_VERIFY": "0"}) as stack:
        for name, (service, path) in SERVICES.items():
            for verify in (False, True):
                slug = f"{name}-{'on' if verify else 'off'}"
                stack.deploy(slug, service, verify=verify)
                for connections in (1, 16):
                    cell = wrk(stack.url(slug, path), connections, args.seconds)
                    got, p50, errors = cell["rps"], cell["p50"], cell["errors"]
                    rps[name, verify, connections] = got
                    print(f"  {name:<6} verify {'on ' if verify else 'off'} {connections:>2} conn  {got:8.1f} req/s  "
                          f"p50 {p50:7.2f} ms" + (f"  ERRORS {errors}" if errors else ""), flush=True)
            assert not stack.verify_errors(f"{name}-on"), "a stateless service gave a verify error"
    for name, (service, path) in SERVICES.items():
        (off, _), (on, values) = in_isolate(service, path, False), in_isolate(service, path, True)
        print(f"  {name:<6} in one isolate: verify off {off:6.3f} ms, on {on:6.3f} ms a request "
              f"({on - off:+.3f} ms, {values} values digested)", flush=True)
    for name in SERVICES:
        for c in (1, 16):
            off, on = rps[name, False, c], rps[name, True, c]
            print(f"  {name} at {c:>2} conn: verify on / off = {on / off:.2f}"
                  + (f", {1000 / on - 1000 / off:+.2f} ms a request" if c == 1 else ""))
    print("rerun: .venv/bin/python bench/verify_wrk.py")


if __name__ == "__main__":
    main()
