"""An AbortController's `abort()` runs its signal's 'abort' listeners, in the message that aborts: a function of
another module handed by name (`c.signal.addEventListener('abort', onAbort)`), or set as `signal.onabort`, with
the controller kept in a Map and aborted by a later request (`ctrls.get(id).abort(reason)`). Such a listener ran
nowhere the analysis saw (an inline one counted as run where it was added), so the `cancelled` list it
writes was no state of the route that aborts: its entries came and went (found probing fresh23b's theme)."""
from .helpers import graph

FILES = {
    "jobs.js": """
const cancelled = [];
function onAbort() { cancelled.push(this.reason); }
module.exports = { cancelled, onAbort };
""",
    "app.js": """
const express = require('express');
const { cancelled, onAbort } = require('./jobs');
const ctrls = new Map();
const app = express();
app.post('/start/:id', (req, res) => { const c = new AbortController(); ADD; ctrls.set(req.params.id, c); res.json({ n: ctrls.size }); });
app.post('/stop/:id', (req, res) => { ctrls.get(req.params.id).abort(req.params.id); res.json({ cancelled }); });
app.get('/state', (req, res) => res.json({ cancelled }));
module.exports = app;
""",
}


def cancelled_writers(add):
    files = dict(FILES, **{"app.js": FILES["app.js"].replace("ADD", add)})
    return {w["fluxion"] for v in graph(files)["variables"] if v["name"] == "cancelled" for w in v.get("writes", [])}


def test_an_abort_listener_of_another_module_runs_where_the_controller_aborts():
    assert cancelled_writers("c.signal.addEventListener('abort', onAbort)") == {"post_stop_id"}


def test_an_onabort_handler_too():
    assert cancelled_writers("c.signal.onabort = onAbort") == {"post_stop_id"}


def test_an_inline_listener_runs_there_too():
    assert "post_stop_id" in cancelled_writers(
        "c.signal.addEventListener('abort', () => { cancelled.push(c.signal.reason); }, { once: true })")
