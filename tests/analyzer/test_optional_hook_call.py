"""`this.hooks?.onSave?.call(this, item)`: a hook object's method called with `.call` on a property the
analysis cannot resolve by value. The method (`onSave`, writing the module's `auditClock` through the
object it passes on) was seen to run nowhere, so its writes belonged to no fluxion and the clock came
back from main's snapshot in every message while units moved (fresh14-optional-hooks)."""
from .helpers import graph, same_group

HOOKS = {
    "app.js": """
        const express = require('express');
        const { Collection } = require('./collection');
        const hooks = require('./hooks');
        const tasks = new Collection(hooks.tasks);
        const app = express();
        app.post('/t/:x', (req, res) => res.json(tasks.save(req.params.x)));
        app.get('/clock', (req, res) => res.json(hooks.now()));
        module.exports = app;
    """,
    "collection.js": """
        class Collection {
          constructor(hooks) { this.hooks = hooks; this.items = []; }
          save(item) { this.items.push(item); this.hooks?.onSave?.call(this, item); return this.items.length; }
        }
        module.exports = { Collection };
    """,
    "hooks.js": """
        const auditClock = { now: 100, tick() { return (this.now += 10); } };
        const tasks = { onSave(item) { auditClock.tick(); } };
        module.exports = { tasks, now: () => auditClock.now };
    """,
}


def test_a_method_called_by_name_with_call_runs_in_the_caller():
    clock = [v for v in graph(HOOKS)["variables"] if v["name"] == "auditClock"]
    assert clock and "post_t_x" in clock[0]["fluxions"]
    assert same_group(HOOKS, "post_t_x", "get_clock")
