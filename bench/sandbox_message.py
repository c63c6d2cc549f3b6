"""What one message costs in an isolate, without Redis, nodes or pipes: the runtime's JavaScript
and the call into V8 (`Isolate.run_batch`), in this process, on one core.

For the corpus's hello and counter: a request (`hello /`), a request whose handler runs within it
in a unit with state (`counter /count`: the HTTP unit's message posts to the counter's unit, which
runs inline, as a node runs it when it holds that unit), and the two apart (the request's message
alone, then the message it posts, on the counter's state). The baseline, in the same run: an empty
call into V8 (`V8.eval('0')`). Wall and CPU microseconds a message, the median of the rounds.
Hello is also run one message at a time after a millisecond of idle (and after writing 8 MB, which
evicts the caches), as a node runs it at one request at a time, the other processes of the request's
path running in between (docs/performance.md, the fifteenth session, for what that costs).
Nothing here asserts a timing.

    .venv/bin/python bench/sandbox_message.py [--messages 3000] [--rounds 3]
"""
import argparse
import base64
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.executor.runtime_harness import LocalService  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpus")


def service_files(name):
    folder = CORPUS / name
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and p.suffix in (".js", ".json") and p.name not in ("expect.json", "requests.json")}


def http_message(path, i):
    return json.dumps({"id": f"r{i}", "k": "http", "unit": "__http", "rid": f"r{i}", "t": 0,
                       "req": {"method": "GET", "url": path, "headers": {"host": "x"}, "ip": "::ffff:127.0.0.1",
                               "body": base64.b64encode(b"").decode()}})


def per_message_us(run, count):
    for i in range(200):
        run(i)
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(count):
        run(i)
    return (time.perf_counter() - wall) / count * 1e6, (time.process_time() - cpu) / count * 1e6


def per_message_after_idle_us(run, count, idle_s=0.001, trash=None):
    """As per_message_us, each message after `idle_s` of sleep (and `trash()`, which evicts the
    caches, when given), neither timed: what a message costs at one request at a time, when the
    other processes of a request's path ran in between. The medians."""
    walls, cpus = [], []
    for i in range(count):
        time.sleep(idle_s)
        if trash is not None:
            trash()
        wall, cpu = time.perf_counter(), time.process_time()
        run(i)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1e6, statistics.median(cpus) * 1e6


CACHE_TRASH = bytearray(8 * 2 ** 20)  # more than the machine's caches


def trash_caches():
    CACHE_TRASH[:] = bytes(len(CACHE_TRASH))


def cells(count):
    """{row: (wall us, CPU us)} for one round."""
    out = {}
    with LocalService(service_files("hello"), nodes=1, verify=None) as hello:
        iso = hello.isolates[0]
        out["empty call into V8 (baseline)"] = per_message_us(lambda i: iso.ctx.eval("0", 1), count)
        out["hello /"] = per_message_us(lambda i: iso.run_batch([http_message("/", i)], None, False), count)
        idle = max(200, count // 5)  # each costs a millisecond of sleep more
        out["hello /, each after 1 ms idle"] = per_message_after_idle_us(
            lambda i: iso.run_batch([http_message("/", i)], None, False), idle)
        out["hello /, each after 1 ms idle and 8 MB written"] = per_message_after_idle_us(
            lambda i: iso.run_batch([http_message("/", i)], None, False), idle, trash=trash_caches)
    with LocalService(service_files("counter"), nodes=1, verify=None) as counter:
        iso, states = counter.isolates[0], dict(counter.states)
        out["counter /count, its handler inline"] = per_message_us(
            lambda i: iso.run_batch([http_message("/count", i)], None, False, None, states), count)
        out["counter /count, the request's message alone"] = per_message_us(
            lambda i: iso.run_batch([http_message("/count", i)], None, False), count)
        first = json.loads(iso.run_batch([http_message("/count", 0)], None, False)[0])
        post = next(e for e in first["effects"] if e["op"] == "post")
        call = json.dumps(counter.call_message(json.loads(http_message("/count", 0)), post))
        state = states[post.get("unit") or counter.fluxion_unit[post["target"]]]
        out["counter /count, the handler's message alone"] = per_message_us(
            lambda i: iso.run_batch([call], state, True), count)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rounds = [cells(args.messages) for _ in range(args.rounds)]
    print(f"\nbench/sandbox_message.py: {args.messages} messages a cell, {args.rounds} rounds; "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| message | wall us | CPU us |")
    print("|---|---:|---:|")
    for row in rounds[0]:
        wall = statistics.median(r[row][0] for r in rounds)
        cpu = statistics.median(r[row][1] for r in rounds)
        print(f"| {row} | {wall:.0f} | {cpu:.0f} |")
    print(f"\nrerun: .venv/bin/python bench/sandbox_message.py --messages {args.messages} --rounds {args.rounds}")


if __name__ == "__main__":
    main()
