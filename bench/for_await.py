"""What a `for await` loop costs in an isolate, a loop written out and split at its awaits
(analyzer/forawait.py), against the same loop in Node.js on this machine, in the same run.

Two loops in a request handler: over an async generator of the program (V8's own promises) and
over an array of promises (the runtime's). Milliseconds for the whole request (best of the rounds),
and microseconds an item. Nothing here asserts a timing.

    .venv/bin/python bench/for_await.py [--items 2000] [--rounds 5]
"""
import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.executor.runtime_harness import LocalService  # noqa: E402

LOOPS = """
async function* lines(n) { for (let i = 0; i < n; i++) yield 'line ' + i; }
async function overGenerator(n) {
  let total = 0;
  for await (const line of lines(n)) total += line.length;
  return total;
}
async function overPromises(n) {
  let total = 0;
  for await (const x of Array.from({ length: n }, (_, i) => Promise.resolve(i))) total += x;
  return total;
}
"""
APP = "const express = require('express');\nconst app = express();\n" + LOOPS + """
app.get('/generator/:n', async (req, res) => res.json(await overGenerator(Number(req.params.n))));
app.get('/promises/:n', async (req, res) => res.json(await overPromises(Number(req.params.n))));
app.listen(3000);
"""
NODE = LOOPS + """
(async () => {
  const [items, rounds] = process.argv.slice(1).map(Number);
  for (const [name, loop] of [['generator', overGenerator], ['promises', overPromises]]) {
    let best = Infinity;
    for (let r = 0; r < rounds; r++) {
      const t = process.hrtime.bigint();
      await loop(items);
      best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
    }
    console.log(name, best);
  }
})();
"""


def liquefy_ms(items, rounds):
    service = LocalService({"app.js": APP}, nodes=1)
    out = {}
    for name in ("generator", "promises"):
        path = f"/{name}/{items}"
        service.request("GET", path)
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            answer = service.request("GET", path)
            best = min(best, (time.perf_counter() - start) * 1000)
            assert answer.status == 200, answer.text
        out[name] = best
    return out


def node_ms(items, rounds):
    run = subprocess.run(["node", "-e", NODE, str(items), str(rounds)], capture_output=True, text=True, check=True)
    return {name: float(ms) for name, ms in (line.split() for line in run.stdout.splitlines())}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    liquid, node = liquefy_ms(args.items, args.rounds), node_ms(args.items, args.rounds)
    print(f"\nbench/for_await.py: {args.items} items a loop, best of {args.rounds}\n")
    print("| loop | Liquefy ms (the request) | us an item | Node.js ms (the loop) | us an item |")
    print("|---|---:|---:|---:|---:|")
    for name in ("generator", "promises"):
        print(f"| over {'an async generator' if name == 'generator' else 'an array of promises'} | "
              f"{liquid[name]:.1f} | {liquid[name] * 1000 / args.items:.1f} | {node[name]:.2f} | "
              f"{node[name] * 1000 / args.items:.2f} |")
    print(f"\nrerun: .venv/bin/python bench/for_await.py --items {args.items} --rounds {args.rounds}")


if __name__ == "__main__":
    main()
