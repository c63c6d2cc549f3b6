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


MODULE_FILES = {
    "observers.js": """
const subjects = new Set();
function attach(o) { subjects.add(o); return () => subjects.delete(o); }
function notify(topic, data) { for (const o of subjects) o.update(topic, data); }
module.exports = { attach, notify };
""",
    "metrics.js": """
const { attach } = require('./observers');
class TopicCounter { counts = {}; update(topic) { this.counts[topic] = (this.counts[topic] ?? 0) + 1; } }
const topics = new TopicCounter();
attach(topics);
module.exports = { topics };
""",
    "app.js": """
const express = require('express');
const { notify } = require('./observers');
const metrics = require('./metrics');
const app = express();
app.post('/e/:t', (req, res) => { notify(req.params.t, 1); res.json({ ok: true }); });
app.get('/state', (req, res) => res.json(metrics.topics.counts));
module.exports = app;
""",
}


def test_observers_a_function_keeps_in_a_module_set_are_written_by_notify():
    # `function attach(o) { subjects.add(o); }` called `attach(topics)`: `topics` is inside `subjects`
    found = [v for v in graph(MODULE_FILES)["variables"] if v["name"] == "topics" and v["file"] == "metrics.js"]
    assert found and "post_e_t" in {w["fluxion"] for w in found[0].get("writes", [])}
