"""Runtime bugs the fourth differential corpus (tests/services/fresh4-*, async and
control flow) found, each on a LocalService (two isolates: every message may run in
another isolate than the one before)."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst app = express();\napp.use(express.json());\n"
END = "\nmodule.exports = app;\n"


def service(code):
    return LocalService({"app.js": HEAD + code + END})


def test_an_accumulator_across_awaits_of_a_function_called_through_a_table_from_a_stateful_caller():
    """fresh4-job-queue: `handlers[job.type](payload)` (a call the analysis cannot
    resolve) from a handler that writes module state runs the first part of the
    async function in the caller's unit; the variable written across its awaits is
    a cell of the continuations' group, which must get the value the first part left."""
    with service("""
const handlers = {
  async checksum({ text }) {
    let sum = 0;
    for (const ch of text) {
      sum = (sum * 31 + ch.codePointAt(0)) % 65521;
      if (sum % 7 === 0) await null;
    }
    return sum;
  },
};
const results = [];
app.post('/run/:type', async (req, res) => {
  const handler = handlers[req.params.type];
  results.push(await handler(req.body));
  res.json(results);
});""") as svc:
        assert svc.request("POST", "/run/checksum", {"content-type": "application/json"},
                           '{"text": "hello world"}').json() == [34390]
        assert svc.request("POST", "/run/checksum", {"content-type": "application/json"},
                           '{"text": "liquefy"}').json() == [34390, 42305]


def test_promise_any_rejects_with_an_aggregate_error():
    """fresh4-retry-abort: `err.constructor.name` of Promise.any's rejection is
    AggregateError, its `errors` own but not enumerable, as in Node."""
    with service("""
app.get('/any', async (req, res) => {
  try {
    await Promise.any([Promise.reject(new Error('a')), Promise.resolve().then(() => { throw new RangeError('b'); })]);
  } catch (err) {
    res.json({ ctor: err.constructor.name, agg: err instanceof AggregateError, message: err.message,
               errors: err.errors.map(String), keys: Object.keys(err) });
  }
});""") as svc:
        assert svc.request("GET", "/any").json() == {
            "ctor": "AggregateError", "agg": True, "message": "All promises were rejected",
            "errors": ["Error: a", "RangeError: b"], "keys": []}


def test_a_promise_serialises_as_an_empty_object():
    """fresh4-async-mistakes: `res.json({ value: price('pen') })`, a forgotten await,
    answers `{"value":{}}` in Node: a promise has no enumerable fields."""
    with service("""
const price = async (sku) => sku.length;
app.get('/oops', (req, res) => {
  res.json({ value: price('pen'), list: [Promise.resolve(1), new Promise(() => {})] });
});""") as svc:
        assert svc.request("GET", "/oops").text == '{"value":{},"list":[{},{}]}'


def test_a_do_while_loop_split_at_an_await_runs_its_body_first():
    """fresh4-redis4-orders: a SCAN-style cursor loop `do { await ... } while (cursor !== 0)`:
    the body's first turn runs before the test; `continue` goes to the test, `break` out."""
    with service("""
const pages = [[1, 2], [3], [4, 5]];
const page = (cursor) => new Promise((resolve) => setImmediate(resolve, pages[cursor]));
app.get('/scan', async (req, res) => {
  let cursor = 0;
  const seen = [];
  do {
    const keys = await page(cursor);
    cursor = (cursor + 1) % pages.length;
    if (keys.includes(3)) continue;
    seen.push(...keys);
    if (keys.includes(Number(req.query.stop))) break;
  } while (cursor !== 0);
  let once = 0;
  do { once += await page(2).then((k) => k.length); } while (false);
  res.json({ seen, cursor, once });
});""") as svc:
        assert svc.request("GET", "/scan").json() == {"seen": [1, 2, 4, 5], "cursor": 0, "once": 2}
        assert svc.request("GET", "/scan?stop=2").json() == {"seen": [1, 2], "cursor": 1, "once": 2}


def test_an_abort_controller_kept_in_module_state_is_aborted_by_a_later_request():
    """fresh4-retry-abort: AbortController and AbortSignal are Node's globals; a controller
    per operation, kept in a Map, aborted by another request, travels with its signal's
    state, reason and listeners."""
    with service("""
const ops = new Map();
const heard = [];
app.post('/ops/:id', (req, res) => {
  const controller = new AbortController();
  controller.signal.addEventListener('abort', function onAbort(e) { heard.push(`${req.params.id}:${e.type}`); }, { once: true });
  ops.set(req.params.id, controller);
  res.json({ aborted: controller.signal.aborted, keys: Object.keys(controller.signal) });
});
app.delete('/ops/:id', (req, res) => {
  const c = ops.get(req.params.id);
  c.abort(req.query.why ? new Error(req.query.why) : undefined);
  c.abort(new Error('twice'));
  const r = c.signal.reason;
  res.json({ aborted: c.signal.aborted, name: r.name, message: r.message, code: r.code ?? null,
             dom: r instanceof DOMException, error: r instanceof Error, heard });
});
app.get('/ops/:id', (req, res) => {
  const { signal } = ops.get(req.params.id);
  try { signal.throwIfAborted(); res.json('running'); } catch (err) { res.json(`thrown ${err.name}: ${err.message}`); }
});
app.get('/static', (req, res) => {
  const a = AbortSignal.abort();
  const any = AbortSignal.any([new AbortController().signal, a]);
  let illegal;
  try { new AbortSignal(); } catch (err) { illegal = err.message; }
  res.json({ a: a.aborted, any: any.aborted, reason: any.reason.name, illegal, str: String(a.reason) });
});""") as svc:
        assert svc.request("POST", "/ops/1").json() == {"aborted": False, "keys": []}
        svc.request("POST", "/ops/2")
        assert svc.request("GET", "/ops/1").json() == "running"
        assert svc.request("DELETE", "/ops/1").json() == {
            "aborted": True, "name": "AbortError", "message": "This operation was aborted", "code": 20,
            "dom": True, "error": True, "heard": ["1:abort"]}
        assert svc.request("GET", "/ops/1").json() == "thrown AbortError: This operation was aborted"
        assert svc.request("DELETE", "/ops/2?why=stop").json() == {
            "aborted": True, "name": "Error", "message": "stop", "code": None, "dom": False, "error": True,
            "heard": ["1:abort", "2:abort"]}
        assert svc.request("GET", "/static").json() == {
            "a": True, "any": True, "reason": "AbortError", "illegal": "Illegal constructor",
            "str": "AbortError: This operation was aborted"}


def test_a_function_with_an_arrow_as_a_default_parameter_compiles():
    """fresh4-log-pipeline: `async function scan(filter = () => true) {...}`."""
    with service("""
const items = [1, 2, 3, 4];
async function scan(filter = () => true) {
  const out = [];
  for (const n of items) if (filter(n)) out.push(await n);
  return out;
}
app.get('/scan', async (req, res) => {
  res.json({ all: await scan(), even: await scan((n) => n % 2 === 0) });
});""") as svc:
        assert svc.request("GET", "/scan").json() == {"all": [1, 2, 3, 4], "even": [2, 4]}


def test_readline_reads_the_lines_of_a_file_stream():
    """fresh4-log-pipeline: `readline.createInterface({ input: fs.createReadStream(f) })`
    and `for await (const line of rl)`, with \\r\\n, \\r, empty lines and a last line
    without a line ending; the 'line' and 'close' events."""
    with LocalService({"app.js": HEAD + """
const fs = require('fs');
const readline = require('node:readline');
app.get('/lines', async (req, res) => {
  const rl = readline.createInterface({ input: fs.createReadStream(__dirname + '/data/t.txt'), crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line);
  res.json(lines);
});
app.get('/events', (req, res) => {
  const rl = readline.createInterface(fs.createReadStream(__dirname + '/data/t.txt'));
  const seen = [];
  rl.on('line', (l) => seen.push(l.length));
  rl.on('close', () => res.json({ seen, closed: rl.closed }));
});""" + END, "data/t.txt": "one\r\ntwo\n\nthree\rfour\n\nlast"}) as svc:
        assert svc.request("GET", "/lines").json() == ["one", "two", "", "three", "four", "", "last"]
        assert svc.request("GET", "/events").json() == {"seen": [3, 3, 0, 5, 4, 0, 4], "closed": True}

