"""`module.exports = bus; module.exports.notify = notify;`: a module exporting an instance it made
(an emitter) with a helper hung on it, and another module taking the helper with
`const { notify } = require('./bus')`. A node's load runs these statements (they only name
functions and modules), but `bus` is main's value, not made at load, so `module.exports` was
`undefined` there and the load failed ("restoring main's values: Cannot set properties of undefined
(setting 'notify')", then "Cannot destructure property 'notify' of 'require(...)'"), every message on
that node answering 500 (fresh14-emitter-relay). The load now skips `module.exports = bus` while
`bus` is undefined; the instance comes back from main's snapshot with its helper."""
from tests.executor.runtime_harness import LocalService

FILES = {
    "bus.js": """'use strict';
const { EventEmitter } = require('events');
class Bus extends EventEmitter {
  constructor() { super(); this.sent = 0; }
}
const bus = new Bus();
function notify(...args) { bus.sent += 1; return bus.emit.apply(bus, args); }
module.exports = bus;
module.exports.notify = notify;
""",
    "relay.js": """const { notify } = require('./bus');
exports.relay = (name) => notify('hi', name.toUpperCase());
""",
    "app.js": """const express = require('express');
const bus = require('./bus');
const { relay } = require('./relay');
const seen = [];
bus.on('hi', (name) => seen.push(name));
const app = express();
app.post('/hi/:name', (req, res) => { bus.notify('hi', req.params.name); res.json({ sent: bus.sent, seen }); });
app.post('/relay/:name', (req, res) => { relay(req.params.name); res.json({ sent: bus.sent, seen }); });
module.exports = app;
""",
}


def test_a_helper_hung_on_an_exported_instance_survives_a_nodes_load():
    with LocalService(FILES, nodes=2) as svc:  # each message in the next isolate
        answers = [svc.request("POST", path).json() for path in ("/hi/ann", "/relay/bob", "/hi/cy")]
    assert answers == [{"sent": 1, "seen": ["ann"]}, {"sent": 2, "seen": ["ann", "BOB"]},
                       {"sent": 3, "seen": ["ann", "BOB", "cy"]}]
