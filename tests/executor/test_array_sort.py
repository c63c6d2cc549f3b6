"""Array.prototype.sort and toSorted call the comparator as Node.js 20 does (runtime/array_sort.js, V8 11.3's
TimSort): the isolates' V8 14.4 sorts to the same order with another sequence of comparisons, so a comparator
counting its calls (`stats.comparisons++`, fresh22b-array-callbacks) answered 5 where Node.js answers 6. The
same script runs under Node.js and in a service's handler; the logs of comparisons must be equal."""
import json
import subprocess

from tests.executor.runtime_harness import LocalService

SCRIPT = r"""
function sortLogs() {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out = [];
  for (let t = 0; t < 150; t++) {
    const n = [0, 1, 2, 4, 5, 10, 33, 64, 65, 130, 257, 700][t % 12];
    const kind = t % 5;
    const a = Array.from({ length: n }, (_, i) => ({
      v: kind === 0 ? Math.floor(rnd() * 1000) : kind === 1 ? Math.floor(rnd() * 4) :
        kind === 2 ? i + (rnd() < 0.1 ? 40 : 0) : kind === 3 ? n - i : Math.floor(i / 9) * ((i % 3) - 1),
      i,
    }));
    let calls = 0, sum = 0;
    const sorted = (t % 2 ? a.slice().sort.bind(a.slice()) : a.toSorted.bind(a))((x, y) => {
      calls++;
      sum = (sum * 31 + x.i * 1009 + y.i) % 1000003;
      return x.v - y.v;
    });
    out.push([n, calls, sum, sorted.map((o) => o.i).join('.').length]);
  }
  const holes = [3, undefined, , 1, 10, 2, , 'b'];
  holes.sort();
  const like = { length: 4, 0: 'c', 2: 'a', 3: undefined };
  Array.prototype.sort.call(like);
  let counted = 0;
  [2, 150, 30, 1].slice().sort((x, y) => (counted++, x - y));
  [1, 2, 3, 4, 5].sort((x, y) => (counted++, x - y));
  let error = null;
  try { [].sort(1); } catch (e) { error = e.constructor.name + ': ' + e.message; }
  return { out, holes: Object.entries(holes), like, counted, error,
           props: [Array.prototype.sort.name, Array.prototype.sort.length, Object.keys(Array.prototype).length] };
}
"""

FILES = {"app.js": "const express = require('express');\n" + SCRIPT + """
const app = express();
app.get('/sort', (req, res) => res.json(sortLogs()));
module.exports = app;
"""}


def test_sort_calls_the_comparator_as_node_20():
    node = json.loads(subprocess.run(["node", "-e", SCRIPT + "process.stdout.write(JSON.stringify(sortLogs()))"],
                                     capture_output=True, text=True, timeout=60, check=True).stdout)
    with LocalService(FILES, nodes=1) as svc:
        got = svc.request("GET", "/sort").json()
    assert node["counted"] == 10
    assert got == node
