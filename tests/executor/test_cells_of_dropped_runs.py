"""A cell (a function's variable several messages write) made by a run whose result is not kept
stays out of the unit's state.

On the node that holds a unit with state, a request's message first runs the unit's message
within its own (runtime/run.js, runInline); when that run posts to its own unit (an `await` in an
async param loader), it is dropped and the message goes through the unit's queue. The dropped run
had made a cell and put into it an object decoded from the unit's state, with that object's id.
The isolate kept the cell (cells.js merged a state's cells into its own), so the next message of
the unit saved it into the state: two objects with one id, and a later message carrying that id
found the dropped run's copy. `req.user.karma += 1` went to the copy, and GET /users/u1 answered
the karma of before, on one node every time (fresh24a-esm-rate-limits, about 1 run in 15 on two).
"""
import json

import httpx
import pytest

from executor import api, keys
from tests.support.stack import ROOT, LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = ROOT / "tests" / "services" / "fresh24a-esm-rate-limits"


def cells_in_state(stack, slug):
    """How many cells each unit's stored state holds."""
    out = {}
    for unit, info in api.placement(slug).items():
        text = stack.r.get(keys.state(slug, unit)) if not info["replicated"] else None
        if text:
            out[unit] = len(json.loads(text)[1] or {})
    return out


def test_a_dropped_runs_cell_does_not_come_back_in_the_units_state():
    with LiquefyStack(nodes=["solo"]) as stack:
        stack.deploy("dropped", SERVICE)
        post = lambda user, client: httpx.post(stack.url("dropped", f"/api/users/{user}/karma"),
                                                headers={"x-client": client}).json()["karma"]
        get = lambda user: httpx.get(stack.url("dropped", f"/api/users/{user}"), headers={"x-client": "c"}).json()["karma"]
        assert [post("u1", "a"), post("u1", "a"), post("u2", "b"), get("u1"), get("u2")] == [1, 2, 1, 2, 1]
        cells = cells_in_state(stack, "dropped")
        # main's two, and the loader's cell of each of the five requests' runs: none of a dropped run's
        # (ten before)
        assert cells and max(cells.values()) <= 7, cells
