"""State written the ways the third fresh corpus (tests/services/fresh3-*) writes it."""
from .helpers import summary

INHERITS = """
    const express = require('express');
    const util = require('util');
    const app = express();
    function Account(id) { this.id = id; }
    Account.prototype.deposit = function (n) { this.balance = (this.balance || 0) + n; };
    function Savings(id, rate) { Account.call(this, id); this.rate = rate; }
    util.inherits(Savings, Account);
    const accounts = {};
    app.post('/a/:id', (req, res) => { accounts[req.params.id] = new Savings(req.params.id, 2); res.json({}); });
"""


def test_constructors_handed_to_util_inherits_are_no_continuations():
    """fresh3-mixin-accounts: util.inherits only wires prototypes; it never calls the
    constructors it is given, so they are not fluxions (a constructor made a fluxion
    of its own built plain objects on the nodes)."""
    assert summary(INHERITS) == ["main", ("start", 9)]
