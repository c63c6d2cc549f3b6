"""What the quota costs a service's Redis commands: the same SET and GET through
redis-py directly, through executor.kv without a quota, and with the quota (each
write in a transaction between MEMORY USAGE measures, then the total updated).

    .venv/bin/python bench/kv.py [--count N]

Sequential commands on a private Redis, one client; per command p50/p95 in ms.
Never asserts anything.
"""
import argparse
import datetime
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import tests.session_redis  # noqa: E402,F401  (a private Redis, REDIS_URL set)

import redis  # noqa: E402

from executor.kv import KeyValue  # noqa: E402


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def timed(call, count):
    out = []
    for i in range(count):
        t = time.perf_counter()
        call(i)
        out.append((time.perf_counter() - t) * 1000)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=5000, help="commands per cell (default 5000)")
    args = parser.parse_args()
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True, protocol=2)
    r.response_callbacks.clear()  # as the nodes' client
    plain = KeyValue(r, "bench-plain:")
    quota = KeyValue(r, "bench-quota:", used_key="bench-quota-used", quota_bytes=64 * 1024 * 1024)
    value = "x" * 100
    cells = [
        ("redis-py SET", lambda i: r.execute_command("SET", f"bench-raw:k{i % 100}", value)),
        ("kv SET, no quota", lambda i: plain.run("set", [f"k{i % 100}", value])),
        ("kv SET, quota", lambda i: quota.run("set", [f"k{i % 100}", value])),
        ("redis-py GET", lambda i: r.execute_command("GET", f"bench-raw:k{i % 100}")),
        ("kv GET, no quota", lambda i: plain.run("get", [f"k{i % 100}"])),
        ("kv GET, quota", lambda i: quota.run("get", [f"k{i % 100}"])),
    ]
    print(f"executor.kv, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, "
          f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    for name, call in cells:
        timed(call, 200)  # warm-up
        ms = timed(call, args.count)
        print(f"  {name:<18} p50 {pct(ms, 0.5):.3f} ms  p95 {pct(ms, 0.95):.3f} ms")
    plain.flush()
    quota.flush()
    r.delete(*[f"bench-raw:k{i}" for i in range(100)])
    print(f"\nrerun: .venv/bin/python bench/kv.py --count {args.count}")


if __name__ == "__main__":
    main()
