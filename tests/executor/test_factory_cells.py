"""A factory's variables that closures main made keep changing in handlers, when the factory also runs
in those handlers (a per-request counter and a module-level one from the same `makeCounter`), on a
LocalService (each message in another isolate)."""
from tests.executor.runtime_harness import LocalService

HEAD = "const express = require('express');\nconst EventEmitter = require('events');\nconst app = express();\n"
END = "\nmodule.exports = app;\n"


def service(code):
    return LocalService({"app.js": HEAD + code + END})


def test_a_counter_main_made_counts_through_a_listener_while_handlers_make_their_own():
    """`hits.inc`, made by main's call of makeCounter, is a listener of `bus`; the handler also calls
    makeCounter for a counter of its own. `n` was taken for a local of each run (every function using it
    runs where makeCounter runs), so main's counter, copied into each message, stayed at 1."""
    with service("""
const bus = new EventEmitter();
function makeCounter() { let n = 0; return { inc: () => ++n, get: () => n }; }
const hits = makeCounter();
bus.on('hit', hits.inc);
app.post('/hit', (req, res) => {
  const mine = makeCounter();
  mine.inc();
  bus.emit('hit');
  res.json({ mine: mine.get(), hits: hits.get() });
});""") as svc:
        assert svc.request("POST", "/hit").json() == {"mine": 1, "hits": 1}
        assert svc.request("POST", "/hit").json() == {"mine": 1, "hits": 2}
        assert svc.request("POST", "/hit").json() == {"mine": 1, "hits": 3}


def test_a_parameter_made_a_cell_is_read_by_a_later_parameters_default():
    """`label` is a cell (main's counter's closures change it in handlers); the default of the
    next parameter reads it before the body starts: it must read the value, not `label.v`
    (main failed: "Cannot read properties of undefined (reading 'slice')", curried-esm-repos)."""
    with service("""
const bus = new EventEmitter();
function makeCounter(label, { prefix = label.slice(0, 1) } = {}) {
  let n = 0;
  return { inc: () => { n += 1; label += '!'; }, get: () => `${prefix}${n}${label}` };
}
const hits = makeCounter('hits');
bus.on('hit', hits.inc);
app.post('/hit', (req, res) => {
  const mine = makeCounter('mine', { prefix: '#' });
  mine.inc();
  bus.emit('hit');
  res.json({ mine: mine.get(), hits: hits.get() });
});""") as svc:
        assert svc.request("POST", "/hit").json() == {"mine": "#1mine!", "hits": "h1hits!"}
        assert svc.request("POST", "/hit").json() == {"mine": "#1mine!", "hits": "h2hits!!"}
