"""A module writing its own exports from a function (fresh6-circular-modules):
`module.exports.transfers += 1` and `exports.byName[name] = ...` change the object every
`require` of that module gives, so they write the variables other modules bind it to."""

from .helpers import same_group, stateful, write_lines

FILES = {
    "app.js": """
        const express = require('express');
        const ledger = require('./ledger');
        const accounts = require('./accounts');
        const app = express();
        app.post('/transfers', (req, res) => { ledger.transfer(); res.json(ledger.transfers); });
        app.post('/accounts', (req, res) => res.json(accounts.open(req.body.name)));
        app.get('/accounts', (req, res) => res.json(accounts.byName));
        module.exports = app;
    """,
    "ledger.js": """
        function transfer() {
          module.exports.transfers += 1;
        }
        module.exports = { transfer, transfers: 0 };
    """,
    "accounts.js": """
        exports.byName = {};
        exports.open = function open(name) {
          exports.byName[name] = { name, balance: 0 };
          return exports.byName[name];
        };
    """,
}


def test_module_exports_written_in_a_function_writes_its_requirers():
    assert ("post_transfers", 2) in write_lines(FILES, "ledger")
    assert stateful(FILES, "post_transfers")


def test_exports_written_in_a_function_writes_its_requirers():
    assert any(line == 3 for _, line in write_lines(FILES, "accounts"))
    assert same_group(FILES, "post_accounts", "get_accounts")
