"""`module.exports = { outbox }` in a listener module, read by a handler as
`require('./mailer').outbox`: the exports object is main's (restored with the module), while the
unit's state gives the variable `outbox` a new array in each message; the handler read main's empty
array, never the one the unit's listener filled (fresh14-emitter-relay's `/report`). Restoring a unit's
variable now points the exports' properties that held its previous value at the new one."""
from tests.executor.runtime_harness import LocalService

FILES = {
    "bus.js": """const { EventEmitter } = require('events');
module.exports = new EventEmitter();
""",
    "mailer.js": """const bus = require('./bus');
const outbox = [];
bus.on('hi', (name) => outbox.push('hi ' + name));
module.exports = { outbox };
""",
    "app.js": """const express = require('express');
const bus = require('./bus');
require('./mailer');
const app = express();
app.post('/hi/:name', (req, res) => { bus.emit('hi', req.params.name); res.json({ ok: true }); });
app.get('/outbox', (req, res) => res.json(require('./mailer').outbox));
module.exports = app;
""",
}


def test_a_required_modules_exports_hold_the_units_values():
    with LocalService(FILES, nodes=2) as svc:  # each message in the next isolate
        for name in ("ann", "bob"):
            svc.request("POST", f"/hi/{name}")
        first = svc.request("GET", "/outbox").json()
        svc.request("POST", "/hi/cy")
        second = svc.request("GET", "/outbox").json()
    assert first == ["hi ann", "hi bob"]
    assert second == ["hi ann", "hi bob", "hi cy"]
