"""What the runtime does to the speed of a program's own JavaScript: small CPU-bound kernels
(Math, JSON, Map and Set, strings, sorting, regular expressions, classes, closures) timed in
Node.js, in a bare V8 context of mini-racer and in an isolate with Liquefy's runtime loaded, in one
run, alternating.

A kernel slower in the runtime's isolate than in bare V8 points at something the runtime changed
in V8's built-ins (a deleted property, for one, turns Math into a dictionary that V8 no longer
inlines from). Nothing here asserts a timing.

    .venv/bin/python bench/isolate_js.py [--rounds 3]
"""
import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from executor import runtime  # noqa: E402
from executor.isolate import V8  # noqa: E402

KERNELS = {
    "Math": "var x = 0; for (var i = 0; i < 2e6; i++) x += Math.sqrt(i) + Math.floor(i / 3); return x;",
    "JSON": "var o = {a: [1, 2, 3], b: 'text', c: {d: true}}; var n = 0;"
            "for (var i = 0; i < 3e4; i++) n += JSON.parse(JSON.stringify(o)).a.length; return n;",
    "Map and Set": "var m = new Map(), s = new Set(); for (var i = 0; i < 2e5; i++) { m.set('k' + (i % 1000), i);"
                   " s.add(i % 777); } return m.size + s.size;",
    "strings": "var parts = []; for (var i = 0; i < 1e5; i++) parts.push(String(i).padStart(6, '0'));"
               " return parts.join(',').split(',').length;",
    "sort": "var a = []; for (var i = 0; i < 1e5; i++) a.push((i * 7919) % 10007);"
            " a.sort(function (p, q) { return p - q; }); return a[500];",
    "RegExp": "var n = 0; for (var i = 0; i < 5e4; i++) if (/^user-(\\d+)$/.test('user-' + i)) n++; return n;",
    "classes": "class P { constructor(x) { this.x = x; } get double() { return this.x * 2; } }"
               " var n = 0; for (var i = 0; i < 1e6; i++) n += new P(i).double; return n;",
    "closures and arrays": "var a = Array.from({length: 1e4}, function (_, i) { return i; }); var n = 0;"
                           " for (var k = 0; k < 30; k++) n += a.map(function (v) { return v + k; })"
                           ".filter(function (v) { return v % 2; }).reduce(function (p, v) { return p + v; }, 0);"
                           " return n;",
}
REPEAT = 10
ISOLATE = "runtime's isolate"


def kernel_function(body):
    return f"(function () {{ {body} }})"


def timed_in_v8(v8, body):
    """ms a call of the kernel, the best of REPEAT calls after three to warm up."""
    v8.eval(f"globalThis.__kernel = {kernel_function(body)};", 10)
    for _ in range(3):
        v8.eval("__kernel()", 30)
    best = float("inf")
    for _ in range(REPEAT):
        started = time.perf_counter()
        v8.eval("__kernel()", 30)
        best = min(best, time.perf_counter() - started)
    return best * 1000


def timed_in_node(body):
    script = (f"const k = {kernel_function(body)}; for (let i = 0; i < 3; i++) k(); let best = Infinity;"
              f" for (let i = 0; i < {REPEAT}; i++) {{ const t = process.hrtime.bigint(); k();"
              " best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6); } console.log(best);")
    return float(subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout)


def runtime_isolate():
    v8 = V8(128 * 2 ** 20)
    for source in runtime.runtime_source():
        v8.eval(source, 30)
    return v8


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    node = shutil.which("node")
    bare, loaded = V8(128 * 2 ** 20), runtime_isolate()
    cells = {name: {"Node.js": [], "bare V8": [], ISOLATE: []} for name in KERNELS}
    for _ in range(args.rounds):
        for name, body in KERNELS.items():
            if node:
                cells[name]["Node.js"].append(timed_in_node(body))
            cells[name]["bare V8"].append(timed_in_v8(bare, body))
            cells[name][ISOLATE].append(timed_in_v8(loaded, body))
    print(f"bench/isolate_js.py, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: best of {REPEAT} calls "
          f"a cell, {args.rounds} rounds, ms a call; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| kernel | Node.js | bare V8 (mini-racer) | runtime's isolate | isolate / bare V8 |")
    print("|---|---:|---:|---:|---:|")
    for name, ways in cells.items():
        figures = {way: min(values) if values else None for way, values in ways.items()}
        shown = " | ".join("-" if v is None else f"{v:.2f}" for v in figures.values())
        print(f"| {name} | {shown} | {figures[ISOLATE] / figures['bare V8']:.2f} |")
    bare.close()
    loaded.close()
    print(f"\nrerun: .venv/bin/python bench/isolate_js.py --rounds {args.rounds}")


if __name__ == "__main__":
    main()
