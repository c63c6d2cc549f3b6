"""`bus.addEventListener('started', stats)` with `stats` an object whose `handleEvent` counts into its own
fields: `bus.dispatchEvent(e)` runs `stats.handleEvent(e)` with `this` = stats. The analysis saw no call
of it, so a handler dispatching (through a helper of another module) changed `stats` unseen and each
node counted its own (fresh26b-esm-handle-event)."""
from .helpers import same_group, write_lines

SERVICE = {
    "app.js": """
        const express = require('express');
        const { publish } = require('./bus');
        const { stats } = require('./stats');
        const app = express();
        app.post('/jobs', (req, res) => { publish('started', req.body); res.json({ ok: true }); });
        app.get('/stats', (req, res) => res.json({ started: stats.started }));
        module.exports = app;
    """,
    "bus.js": """
        const bus = new EventTarget();
        function publish(type, detail) {
          const e = new Event(type);
          e.detail = detail;
          bus.dispatchEvent(e);
        }
        module.exports = { bus, publish };
    """,
    "stats.js": """
        const { bus } = require('./bus');
        const stats = {
          started: 0,
          handleEvent(event) { this.started += 1; },
        };
        bus.addEventListener('started', stats);
        module.exports = { stats };
    """,
}


def test_dispatch_runs_a_listener_objects_handle_event_on_it():
    assert any(f == "post_jobs" for f, _ in write_lines(SERVICE, "stats"))
    assert same_group(SERVICE, "post_jobs", "get_stats")
