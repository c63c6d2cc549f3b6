"""A module's exports written by the module's own functions (`module.exports.transfers += 1`,
`exports.byName[name] = ...`) and read by another module through what `require` gave it: a
unit keeps that object as the other module's variable, and the module's `module.exports` and
`exports` are that unit's object in each message, on any node (fresh6-circular-modules)."""
from tests.executor.runtime_harness import LocalService

FILES = {
    "app.js": """var express = require('express');
var ledger = require('./ledger');
var accounts = require('./accounts');
var app = express();
app.post('/transfers', function (req, res) { ledger.transfer(); res.json({ transfers: ledger.transfers }); });
app.post('/accounts/:name', function (req, res) { res.json(accounts.open(req.params.name)); });
app.get('/accounts', function (req, res) { res.json({ names: Object.keys(accounts.byName), shown: accounts.shown }); });
module.exports = app;
""",
    "ledger.js": """function transfer() { module.exports.transfers += 1; }
module.exports = { transfer: transfer, transfers: 0 };
""",
    "accounts.js": """exports.byName = {};
exports.open = function (name) { exports.byName[name] = { name: name }; return exports.byName[name]; };
Object.defineProperty(exports, 'shown', { enumerable: true, get: function () { return Object.keys(exports.byName).length; } });
""",
}


def test_a_module_writing_its_own_exports_keeps_the_writes_in_its_readers_unit():
    with LocalService(FILES) as svc:  # each message in the next isolate: main's, then another
        transfers = [svc.request("POST", "/transfers").json()["transfers"] for _ in range(3)]
        opened = [svc.request("POST", f"/accounts/{n}").json() for n in ("ann", "bob")]
        listed = svc.request("GET", "/accounts").json()
    assert transfers == [1, 2, 3]
    assert opened == [{"name": "ann"}, {"name": "bob"}]
    assert listed == {"names": ["ann", "bob"], "shown": 2}  # the getter defined at load reads the unit's object


REVEALING = {
    "counter.js": """
const Counter = (() => {
  let resets = 0;
  return Object.freeze({ reset() { resets++; return resets; }, get resets() { return resets; } });
})();
module.exports = Counter;
""",
    "app.js": """
const express = require('express');
const Counter = require('./counter');
const app = express();
app.post('/reset', (req, res) => res.json({ n: Counter.reset() }));
app.get('/resets', (req, res) => res.json({ resets: Counter.resets, frozen: Object.isFrozen(Counter) }));
module.exports = app;
""",
}


def test_a_frozen_module_export_with_a_getter_comes_back_from_its_units_state():
    # a revealing module: the getter is the frozen object's own, not defined again on it
    with LocalService(REVEALING, nodes=2) as svc:
        assert svc.request("POST", "/reset").json() == {"n": 1}
        assert svc.request("POST", "/reset").json() == {"n": 2}
        assert svc.request("GET", "/resets").json() == {"resets": 2, "frozen": True}
