"""`for await`, written out as a loop (analyzer/forawait.py) and run by the runtime's
`asyncIter`/`iterDone`/`asyncClose` (runtime/promise.js). tests/services/syntax-for-await-loops
compares such loops with Node.js, a worker loop over a queue included."""
from executor import isolate
from tests.executor.runtime_harness import LocalService

HEAD = """
const express = require('express');
const app = express();
"""

CLOSING = HEAD + """
const closed = [];
function source(name, n) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next: async () => (i < n ? { value: ++i, done: false } : { value: undefined, done: true }),
    return: async () => { closed.push(name); return { done: true }; },
  };
}
app.get('/loops', async (req, res) => {
  const seen = [];
  for await (const x of source('done', 2)) seen.push(x);
  for await (const x of source('break', 5)) { if (x === 2) break; seen.push(x); }
  for await (const x of source('continue', 3)) { if (x === 2) continue; seen.push(x * 10); }
  try {
    for await (const x of source('throw', 3)) if (x === 2) throw new Error('at ' + x);
  } catch (e) { seen.push(e.message); }
  try {
    for await (const x of 42) seen.push(x);
  } catch (e) { seen.push(e.constructor.name + ': ' + e.message); }
  let last;
  for await (last of [Promise.resolve('a'), 'b']);
  seen.push(last);
  res.json({ seen, closed });
});
app.listen(3000);
"""


def test_a_break_a_return_or_an_error_closes_the_iterator_and_the_end_does_not():
    answer = LocalService({"app.js": CLOSING}, nodes=2).request("GET", "/loops")
    assert answer.status == 200, answer.text
    assert answer.json() == {"seen": [1, 2, 1, 10, 30, "at 2", "TypeError: 42 is not async iterable", "b"],
                             "closed": ["break", "throw"]}


GENERATOR = HEAD + """
async function* numbers(n) { for (let i = 1; i <= n; i++) yield i; }
app.get('/sum/:n', async (req, res) => {
  let total = 0;
  for await (const x of numbers(Number(req.params.n))) total += x;
  res.json(total);
});
app.listen(3000);
"""


def test_a_loop_over_v8_s_own_promises_goes_on_within_v8_s_microtasks(monkeypatch):
    """Each item of an async generator settles on V8's own promise: the loop's continuation goes on
    in V8's microtask checkpoint (runtime/promise.js, NativePromise), not one call into V8 an item."""
    service = LocalService({"app.js": GENERATOR}, nodes=1)
    calls = []
    host = isolate.Isolate.host
    monkeypatch.setattr(isolate.Isolate, "host", lambda self, name, *a, **k: calls.append(name) or host(self, name, *a, **k))
    assert service.request("GET", "/sum/300").json() == 45150
    assert calls.count("resume") < 5, calls.count("resume")
