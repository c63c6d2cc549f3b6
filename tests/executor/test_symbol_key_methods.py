"""An object literal's method under a well-known symbol (`[Symbol.iterator]() {...}`) travels as a
method with a plain key does: rebuilt from a one-property literal (executor/compiler.py,
travels_as_method). It could not be carried across an await ('cannot carry the function
[Symbol.iterator]'), and one writing its closure's variables was refused at deployment as a method
given as a callback. tests/services/syntax-symbol-key-methods compares such services with Node.js."""
from tests.executor.runtime_harness import LocalService

HEAD = """
const express = require('express');
const app = express();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
"""

RANGE = HEAD + """
app.get('/range/:n', async (req, res) => {
  let walks = 0;
  const range = {
    to: Number(req.params.n),
    [Symbol.iterator]() {
      walks++;
      let i = 1;
      return { next: () => (i <= this.to ? { value: i++, done: false } : { value: undefined, done: true }) };
    },
    [Symbol.toPrimitive](hint) { return hint === 'number' ? this.to : `1..${this.to}`; },
  };
  const before = [...range];
  await sleep(5);
  res.json({ before, after: [...range], text: `${range}`, size: +range, walks });
});
app.listen(3000);
"""


def test_a_symbol_keyed_method_writing_its_closure_runs_across_an_await():
    answer = LocalService({"app.js": RANGE}, nodes=2).request("GET", "/range/3")
    assert answer.status == 200, answer.text
    assert answer.json() == {"before": [1, 2, 3], "after": [1, 2, 3], "text": "1..3", "size": 3, "walks": 2}


KEPT = HEAD + """
const saved = [];
function pages(items, size) {
  let served = 0;
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < items.length; i += size) { served++; yield items.slice(i, i + size).join(''); }
    },
    get served() { return served; },
  };
}
app.post('/save/:size', (req, res) => {
  saved.push(pages(['a', 'b', 'c'], Number(req.params.size)));
  res.json(saved.length);
});
app.get('/read', (req, res) => res.json(saved.map((p) => [[...p], p.served])));
app.listen(3000);
"""


def test_an_object_with_a_symbol_keyed_generator_method_kept_in_state_travels_between_isolates():
    service = LocalService({"app.js": KEPT}, nodes=2)  # each message in the next isolate: state is decoded each time
    assert service.request("POST", "/save/2").json() == 1
    assert service.request("POST", "/save/1").json() == 2
    assert service.request("GET", "/read").json() == [[["ab", "c"], 2], [["a", "b", "c"], 3]]
    assert service.request("GET", "/read").json() == [[["ab", "c"], 4], [["a", "b", "c"], 6]]
