"""Deploy, stop, console requests, logs and placement, against an in-memory executor.api."""
import pytest
from channels.layers import get_channel_layer
from asgiref.sync import async_to_sync

from executor.api import DeployError
from ide import running

pytestmark = pytest.mark.django_db


def post(client, name, body=None):
    return client.post(f"/api/projects/readfile/{name}", body or {}, content_type="application/json")


def test_deploy_sends_the_head_revision_with_overrides_and_pins(alice_client, project, executor):
    project.overrides = {"app.js:8:2": "sync"}
    project.pins = {"handler": "node-b"}
    project.save()
    answer = post(alice_client, "deploy").json()
    assert answer["revision"] == 1 and answer["url"] == "http://127.0.0.1/svc/readfile/" and answer["version"] == 1
    sent = executor.deployed["readfile"]
    assert sent["files"]["data/greeting.txt"].startswith(b"Bonjour") and b"function reply" in sent["files"]["app.js"]
    assert sent["overrides"] == {"app.js:8:2": "sync"}
    assert answer["pins"][0]["to"] == "node-b" and answer["pins"][0]["fluxion"] == "handler"


def test_verify_mode_is_stored_on_the_project_and_passed_at_deploy(alice_client, project, executor):
    assert alice_client.get("/api/projects/readfile/verify").json() == {"on": False}
    post(alice_client, "deploy")
    assert executor.deployed["readfile"]["verify"] is False
    assert post(alice_client, "verify", {"on": True}).json() == {"on": True}
    project.refresh_from_db()
    assert project.verify is True
    assert post(alice_client, "deploy").json()["verify"] is True
    assert executor.deployed["readfile"]["verify"] is True
    assert post(alice_client, "verify", {"on": "yes"}).status_code == 400
    assert post(alice_client, "verify", {"on": False}).json() == {"on": False}


def test_deploy_reports_a_pin_that_cannot_be_honoured(alice_client, project, executor):
    project.pins = {"handler": "node-gone"}
    project.save()
    answer = post(alice_client, "deploy")
    assert answer.status_code == 200
    assert answer.json()["pins"] == [{"fluxion": "handler", "to": "node-gone", "error": "node node-gone is not running"}]


def test_deploy_error_is_shown_with_its_place(alice_client, project, executor):
    executor.deploy_error = DeployError("fs.watch is outside the runtime", "app.js", 8, 2)
    answer = post(alice_client, "deploy")
    assert answer.status_code == 400
    assert answer.json()["error"] == {"message": "fs.watch is outside the runtime", "file": "app.js",
                                      "line": 8, "column": 2}


def test_stop_and_status(alice_client, project, executor):
    post(alice_client, "deploy")
    assert alice_client.get("/api/projects/readfile/status").json()["deployed"] is True
    assert post(alice_client, "stop").json() == {"stopped": True}
    status = alice_client.get("/api/projects/readfile/status").json()
    assert status["deployed"] is False and status["url"] == "http://127.0.0.1/svc/readfile/"


def test_console_request_shows_status_headers_body_timing(alice_client, project, executor):
    answer = post(alice_client, "request", {"method": "post", "path": "hello/bob", "headers": {"X-A": "1"},
                                            "body": "hi"}).json()
    assert answer["status"] == 200 and answer["headers"] == [["content-type", "text/plain"]]
    assert answer["body"] == "POST /hello/bob hi" and answer["ms"] >= 0
    assert executor.requests == [("readfile", "POST", "/hello/bob", {"X-A": "1"}, b"hi")]


def test_console_request_refuses_bad_headers(alice_client, project, executor):
    assert post(alice_client, "request", {"headers": ["nope"]}).status_code == 400


def test_logs_since(alice_client, project, executor):
    executor.log(1000, "started")
    executor.log(2000, "TypeError: x is undefined", level="error", fluxion="reply", file="app.js", line=10)
    entries = alice_client.get("/api/projects/readfile/logs?since=1500").json()["entries"]
    assert [(e["text"], e["fluxion"], e["line"]) for e in entries] == [("TypeError: x is undefined", "reply", 10)]


def test_placement_lists_nodes_and_units(alice_client, project, executor):
    post(alice_client, "deploy")
    data = alice_client.get("/api/projects/readfile/placement").json()
    assert [n["name"] for n in data["nodes"] if n["alive"]] == ["node-a", "node-b"]
    assert data["units"]["grp_total"]["node"] == "node-a"


def test_place_moves_a_unit_and_tells_open_sockets(alice_client, project, executor):
    post(alice_client, "deploy")
    layer = get_channel_layer()
    channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)(running.group_name(project), channel)
    answer = post(alice_client, "place", {"unit": "grp_total", "node": "node-b"}).json()
    assert answer == {"unit": "grp_total", "from": "node-a", "to": "node-b", "pause_ms": 1.5}
    event = async_to_sync(layer.receive)(channel)
    assert event["type"] == "flx.placement" and event["move"]["to"] == "node-b"
    assert executor.units["readfile"]["grp_total"]["node"] == "node-b"


def test_place_on_a_dead_node_is_refused_with_reason(alice_client, project, executor):
    post(alice_client, "deploy")
    answer = post(alice_client, "place", {"unit": "grp_total", "node": "node-dead"})
    assert answer.status_code == 400 and "not running" in answer.json()["error"]["message"]


def test_redis_down_is_a_clear_503(alice_client, project, monkeypatch):
    import redis
    from executor import api

    def down(*args, **kwargs):
        raise redis.exceptions.ConnectionError("Connection refused")
    monkeypatch.setattr(api, "nodes", down)
    answer = alice_client.get("/api/projects/readfile/placement")
    assert answer.status_code == 503 and "Redis does not answer" in answer.json()["error"]["message"]


def test_place_needs_unit_and_node(alice_client, project, executor):
    assert post(alice_client, "place", {"unit": "grp_total"}).status_code == 400


def test_status_without_executor_says_so_without_failing(alice_client, project, executor_missing):
    answer = alice_client.get("/api/projects/readfile/status")
    assert answer.status_code == 200
    assert answer.json()["deployed"] is False and "not available" in answer.json()["unavailable"]


@pytest.mark.parametrize("method, name", [("post", "deploy"), ("post", "stop"), ("get", "logs"),
                                          ("post", "request"), ("get", "placement"), ("post", "place")])
def test_missing_executor_is_a_clear_503(alice_client, project, executor_missing, method, name):
    body = {"unit": "u", "node": "n"} if name == "place" else {}
    answer = (post(alice_client, name, body) if method == "post"
              else alice_client.get(f"/api/projects/readfile/{name}"))
    assert answer.status_code == 503
    assert "the executor is not available" in answer.json()["error"]["message"]
