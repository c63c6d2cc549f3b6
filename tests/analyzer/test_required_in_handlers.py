"""`require('./listeners/mailer').outbox` in a handler: the module's exported state read through a
`require` written in the handler itself, not through a module variable holding it. The read was
seen nowhere, so the handler ran in the stateless HTTP unit and answered main's empty `outbox`
while the listener filled the unit's (fresh14-emitter-relay's `/report`)."""
from .helpers import graph, same_group

INLINE_REQUIRE = {
    "app.js": """
        const express = require('express');
        const bus = require('./bus');
        require('./mailer');
        const app = express();
        app.post('/hi/:name', (req, res) => {
          bus.emit('hi', req.params.name);
          res.json({ ok: true });
        });
        app.get('/outbox', (req, res) => {
          res.json(require('./mailer').outbox);
        });
        module.exports = app;
    """,
    "bus.js": """
        const { EventEmitter } = require('events');
        module.exports = new EventEmitter();
    """,
    "mailer.js": """
        const bus = require('./bus');
        const outbox = [];
        bus.on('hi', (name) => outbox.push(`hi ${name}`));
        module.exports = { outbox };
    """,
}


def test_a_handler_reading_a_modules_exports_through_require_reads_its_state():
    g = graph(INLINE_REQUIRE)
    outbox = [v for v in g["variables"] if v["name"] == "outbox"][0]
    assert "get_outbox" in outbox["fluxions"]
    assert same_group(INLINE_REQUIRE, "get_outbox", "post_hi_name")
