"""What one call into V8 costs: mini-racer's own `call` and `eval` with a time limit (through its
asyncio loop's thread) against executor.isolate.V8's direct call, in one run, alternating.

The function called does nothing but return a string: what is measured is the way in and out,
with the arguments a message's call carries (a token, a name, a message's text, entropy).
Nothing here asserts a timing.

    .venv/bin/python bench/v8_call.py [--calls 2000] [--rounds 3]
"""
import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from executor.isolate import V8  # noqa: E402

FUNCTION = "var host = function (token, name, texts) { return texts[0].length + ':' + name; };"
MESSAGE = json.dumps({"k": "http", "id": "x" * 32, "req": {"method": "GET", "url": "/", "headers": {"host": "x"}},
                      "body": "y" * 300})


def per_call_us(call, count):
    for _ in range(100):
        call()
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(count):
        call()
    return (time.perf_counter() - wall) / count * 1e6, (time.process_time() - cpu) / count * 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    v8 = V8(128 * 2 ** 20)
    v8.eval(FUNCTION, 1)
    racer = v8.racer
    call_args = ["0" * 32, "runBatch", [MESSAGE], None, False, os.urandom(32).hex(), "null"]
    ways = {
        "mini-racer call(timeout_sec=1)": lambda: racer.call("host", *call_args, timeout_sec=1),
        "mini-racer eval('0', timeout_sec=1)": lambda: racer.eval("0", timeout_sec=1),
        "V8.call (executor/isolate.py)": lambda: v8.call("host", call_args, 1),
        "V8.eval('0')": lambda: v8.eval("0", 1),
    }
    print(f"bench/v8_call.py: {args.calls} calls a cell, {args.rounds} rounds; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| way | " + " | ".join(f"round {r + 1} wall / CPU us" for r in range(args.rounds)) + " |")
    print("|---|" + "---:|" * args.rounds)
    results = {name: [] for name in ways}
    for _ in range(args.rounds):
        for name, call in ways.items():
            results[name].append(per_call_us(call, args.calls))
    for name, cells in results.items():
        print(f"| {name} | " + " | ".join(f"{w:.1f} / {c:.1f}" for w, c in cells) + " |")
    v8.close()
    print(f"\nrerun: .venv/bin/python bench/v8_call.py --calls {args.calls} --rounds {args.rounds}")


if __name__ == "__main__":
    main()
