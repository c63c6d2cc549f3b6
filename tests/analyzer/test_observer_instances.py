"""The observer pattern with class instances: `subject.attach(counter)` where `attach(o) {
this.#observers.add(o); }` keeps the module's `counter` inside the subject, and `notify()` runs
`for (const o of this.#observers) o.update(this, data)`, whose `this.count += d.n` changes `counter`.
What a method keeps inside its `this` from a parameter was not inside the receiver, so `counter` was main's
value, read-only: its count stayed 0 and `subject.detach(logger)` was false (the Set held a copy)."""
from .helpers import graph

FILES = {
    "subject.js": """
class Subject {
  #observers = new Set();
  attach(o) { this.#observers.add(o); return this; }
  detach(o) { return this.#observers.delete(o); }
  notify(data) { for (const o of this.#observers) o.update(this, data); }
}
module.exports = new Subject();
""",
    "observers.js": """
const subject = require('./subject');
class Counter { count = 0; update(s, d) { this.count += d.n; } }
class Logger { lines = []; update(s, d) { this.lines.push(d.n); } }
const counter = new Counter();
const logger = new Logger();
subject.attach(counter).attach(logger);
module.exports = { counter, logger };
""",
    "app.js": """
const express = require('express');
const subject = require('./subject');
const { counter, logger } = require('./observers');
const app = express();
app.post('/n/:n', (req, res) => { subject.notify({ n: Number(req.params.n) }); res.json({ ok: true }); });
app.delete('/logger', (req, res) => res.json({ removed: subject.detach(logger) }));
app.get('/state', (req, res) => res.json({ count: counter.count, lines: logger.lines }));
module.exports = app;
""",
}


def test_observers_a_method_keeps_in_its_subject_are_written_by_notify():
    found = {v["name"]: v for v in graph(FILES)["variables"] if v["name"] in ("counter", "logger")
             and v["file"] == "observers.js"}
    assert {w["fluxion"] for w in found["counter"].get("writes", [])} >= {"post_n_n"}
    assert {w["fluxion"] for w in found["logger"].get("writes", [])} >= {"post_n_n", "delete_logger"}
