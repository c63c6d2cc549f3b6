"""A class's static state (`static #next = 1`) moves with the unit that keeps it.

Static fields belong to the class object, which every node rebuilds when it
loads the module: the unit's state carries them (core.js, "static state of
top-level classes"). Node.js answers 1 then 2, and so must Liquefy across a move.
"""
import httpx
import pytest

from executor import api
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
const app = require('express')();
class Ticket {
  static #next = 1;
  constructor() { this.id = Ticket.#next++; }
}
const issued = [];
app.post('/tickets', (req, res) => { const t = new Ticket(); issued.push(t); res.json({ id: t.id }); });
module.exports = app;
"""}


def test_static_state_survives_a_move():
    with LiquefyStack(nodes=["st1", "st2"]) as stack:
        stack.deploy("tickets", SERVICE)
        [unit] = [u for u, info in api.placement("tickets").items() if info["stateful"]]
        api.place("tickets", unit, "st1")
        assert httpx.post(stack.url("tickets", "/tickets")).json() == {"id": 1}
        api.place("tickets", unit, "st2")
        assert httpx.post(stack.url("tickets", "/tickets")).json() == {"id": 2}
