"""A middleware that hangs the member it awaited on the request (`req.member = await find(id)`, then
`next()`): the handlers after it get that request. `req` was made a cell of the unit's state, and once
the cell and `next` (which carries the request the router goes on with) crossed a message apart, the
continuation wrote `member` on another copy of the request than the handlers got
(fresh23a-request-scoped, in one isolate: analyzer/pipeliner.py `request_param`)."""
import json
from pathlib import Path

from tests.executor.runtime_harness import LocalService
from tests.support.stack import service_files

FOLDER = Path(__file__).resolve().parents[1] / "services" / "fresh23a-request-scoped"
JSON = {"content-type": "application/json"}


def test_the_handlers_get_the_request_the_middleware_wrote_after_its_await():
    with LocalService(service_files(FOLDER), nodes=1) as svc:
        for name in ("Ann", "Bob"):
            assert svc.request("POST", "/api/members", JSON, json.dumps({"name": name, "plan": "basic"}).encode()).status == 201
        me = dict(JSON, **{"x-member-id": "1"})
        assert svc.request("POST", "/api/me/check-in", me).json() == {"id": "1", "visits": 1}
        assert svc.request("POST", "/api/me/buy", me, b'{"amount": 15, "item": "towel"}').status == 400
        assert svc.request("POST", "/api/me/check-in", me).json() == {"id": "1", "visits": 2}
        assert svc.request("PUT", "/api/me/tags/Yoga", me).json() == ["yoga"]
        assert svc.request("GET", "/api/members/1").json()["tags"] == ["yoga"]
