"""`const stop = store.subscribe(fn)` in a module, `stop()` called later by a handler through that
module's function: the unsubscribe arrow `() => this.#subs.delete(fn)` changes the store's private
Set. `this.#subs.add(fn)` and `.delete(fn)` were taken only for calls of `fn` (a function handed to
a method may be called), not for changes of the Set, so the store was never state and the deletion
changed a copy (fresh14-esm-store: `removed: true`, the subscriber still counted)."""
from tests.executor.runtime_harness import LocalService

FILES = {
    "store.js": """class Store {
  #subs = new Set();
  subscribe(fn) { this.#subs.add(fn); return () => this.#subs.delete(fn); }
  get count() { return this.#subs.size; }
  notify(x) { for (const fn of this.#subs) fn(x); }
}
module.exports = new Store();
""",
    "subs.js": """const store = require('./store');
const seen = [];
const stop = store.subscribe((x) => seen.push(x));
module.exports = { seen, stopSeen: () => stop() };
""",
    "app.js": """const express = require('express');
const store = require('./store');
const { seen, stopSeen } = require('./subs');
const app = express();
app.post('/n/:x', (req, res) => { store.notify(req.params.x); res.json({ seen, count: store.count }); });
app.delete('/subs', (req, res) => { res.json({ removed: stopSeen(), count: store.count }); });
module.exports = app;
""",
}


def test_an_unsubscribe_closure_removes_the_subscriber_from_the_stores_set():
    with LocalService(FILES, nodes=2) as svc:  # each message in the next isolate
        answers = [svc.request(m, p).json() for m, p in (("POST", "/n/a"), ("DELETE", "/subs"), ("DELETE", "/subs"),
                                                          ("POST", "/n/b"))]
    assert answers == [{"seen": ["a"], "count": 1}, {"removed": True, "count": 0}, {"removed": False, "count": 0},
                       {"seen": ["a"], "count": 0}]
