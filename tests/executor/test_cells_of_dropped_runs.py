"""A cell (a function's variable several messages write) made by a run whose result is not kept
stays out of the unit's state.

A node may run a unit's message and drop the result: a message run within the request's
(runtime/run.js, runInline) that posts to its own unit before the batch's last message, one that
failed, asked Redis or was found live there, a refused result. The dropped run had made a cell
and put into it an object decoded from the unit's state, with that object's id. The isolate kept
the cell (cells.js merged a state's cells into its own), so the next message of the unit saved it
into the state: two objects with one id, and a later message carrying that id found the dropped
run's copy. In fresh24a-esm-rate-limits `req.user.karma += 1` went to the copy and GET
/api/users/u1 answered the karma of before (about 1 run in 15 on two nodes, every run on one);
fresh24c-esm-request-context lost a logger line, fresh20-webhooks an idempotency key.
"""
import json

from executor import keys
from tests.executor.runtime_harness import LocalService
from tests.support.stack import ROOT, service_files

SERVICE = ROOT / "tests" / "services" / "fresh24a-esm-rate-limits"


class DroppingRuns(LocalService):
    """Each message of a unit with state runs once first in the same isolate, its result dropped."""

    def run(self, message):
        unit = message["unit"]
        if unit != keys.HTTP_UNIT and self.states.get(unit) is not None:
            self.isolates[0].run(json.dumps(message), self.states[unit])
        return super().run(message)


def test_a_dropped_runs_cell_does_not_come_back_in_the_units_state():
    with DroppingRuns(service_files(SERVICE), nodes=1) as svc:
        post = lambda user, client: svc.request("POST", f"/api/users/{user}/karma", {"x-client": client}).json()
        get = lambda user: svc.request("GET", f"/api/users/{user}", {"x-client": "c"}).json()
        assert [post("u1", "a")["karma"], post("u1", "a")["karma"], post("u2", "b")["karma"]] == [1, 2, 1]
        assert [get("u1")["karma"], get("u2")["karma"]] == [2, 1]
        cells = {unit: len(json.loads(state)[1] or {}) for unit, state in svc.states.items()}
        # main's two, and the loader's cell of each of the five requests' runs: none of a dropped run's
        assert cells and max(cells.values()) <= 7, cells


def test_without_dropped_runs_the_same_answers():
    with LocalService(service_files(SERVICE), nodes=1) as svc:
        answers = [svc.request(m, f"/api/users/{p}", {"x-client": c}).json()
                   for m, p, c in [("POST", "u1/karma", "a"), ("POST", "u1/karma", "a"), ("GET", "u1", "c")]]
        assert [a["karma"] for a in answers] == [1, 2, 2]
