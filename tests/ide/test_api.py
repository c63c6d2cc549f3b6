"""The IDE page's JSON endpoints: analysis, graph edits, exports; owner only; CSRF enforced."""
import html
import json

from django.conf import settings
import pytest
from django.test import Client

from ide.models import Project

pytestmark = pytest.mark.django_db

ALL_ENDPOINTS = [("post", "analyze"), ("post", "save"), ("post", "edit"), ("post", "deploy"), ("post", "stop"),
                 ("get", "status"), ("get", "logs"), ("post", "request"), ("get", "placement"), ("post", "place"),
                 ("post", "load"), ("get", "load-runs"), ("get", "balancer"), ("post", "balancer"), ("get", "verify"),
                 ("post", "verify")]


def post(client, name, body, slug="readfile"):
    return client.post(f"/api/projects/{slug}/{name}", body, content_type="application/json")


def edit(client, kind, key, value, at=None):
    return post(client, "edit", {"kind": kind, "key": key, "value": value, "at": at})


def fluxion(graph, fid):
    return next(f for f in graph["fluxions"] if f["id"] == fid)


def test_analyze_returns_graph_svg_flx(alice_client, project):
    result = post(alice_client, "analyze", {"files": {}}).json()
    assert {f["id"] for f in result["graph"]["fluxions"]} == {"main", "handler", "reply", "missing", "onMissing"}
    svg = html.unescape(result["svg"])  # Graphviz writes the dash as &#45;
    assert 'id="flx-reply"' in svg and 'id="stream-s2"' in svg
    assert result["graph"]["edits"] == {"names": {}, "overrides": {}, "pins": {}}
    assert "reply" in result["flx"]


def test_analyze_uses_the_editors_unsaved_text(alice_client, project):
    code = "var fs = require('fs');\nfs.readFile('x', function done(err, d) {});\n"
    result = post(alice_client, "analyze", {"files": {"app.js": code}}).json()
    assert [f["id"] for f in result["graph"]["fluxions"]] == ["main", "done"]
    assert project.revisions.count() == 1  # analysis saves nothing


def test_analyze_reports_syntax_error_at_its_line(alice_client, project):
    result = post(alice_client, "analyze", {"files": {"app.js": "var a = 1;\nvar b = ;\n"}}).json()
    assert result["error"]["line"] == 2 and result["error"]["file"] == "app.js"


def test_analyze_shows_calls_on_demand(alice_client, project):
    code = "function helper(x) { return x; }\nsetTimeout(function tick() { helper(1); }, 5);\n"
    without = post(alice_client, "analyze", {"files": {"app.js": code}}).json()
    with_calls = post(alice_client, "analyze", {"files": {"app.js": code}, "show_calls": True}).json()
    assert 'id="call-0"' not in html.unescape(without["svg"]) and 'id="call-0"' in html.unescape(with_calls["svg"])


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]"])
def test_analyze_refuses_bad_body(alice_client, project, body):
    answer = alice_client.post("/api/projects/readfile/analyze", body, content_type="application/json")
    assert answer.status_code == 400


def test_analyze_refuses_files_that_are_not_text(alice_client, project):
    assert post(alice_client, "analyze", {"files": {"app.js": 3}}).status_code == 400


# -- graph edits --------------------------------------------------------------

def test_rename_is_kept_and_applied_on_every_analysis(alice_client, project):
    assert edit(alice_client, "rename", "reply", "Greet back", "app.js:8:68").json()["names"] == {"reply": "Greet back"}
    graph = post(alice_client, "analyze", {}).json()["graph"]
    assert fluxion(graph, "reply")["name"] == "Greet back"
    assert Project.objects.get(pk=project.pk).names["reply"] == {"name": "Greet back", "at": "app.js:8:68"}
    assert edit(alice_client, "rename", "reply", None).json()["names"] == {}
    assert fluxion(post(alice_client, "analyze", {}).json()["graph"], "reply")["name"] == "reply"


def test_rename_falls_back_on_location_when_the_id_changes(alice_client, project):
    loc = fluxion(post(alice_client, "analyze", {}).json()["graph"], "reply")["loc"]["start"]
    edit(alice_client, "rename", "old-id", "Greet back", f"app.js:{loc['line']}:{loc['column']}")
    assert fluxion(post(alice_client, "analyze", {}).json()["graph"], "reply")["name"] == "Greet back"


def test_override_marks_a_rupture_point_synchronous_and_the_graph_changes(alice_client, project):
    graph = post(alice_client, "analyze", {}).json()["graph"]
    stream = next(s for s in graph["streams"] if s["to"] == "reply")
    key = f"app.js:{stream['loc']['start']['line']}:{stream['loc']['start']['column']}"
    assert edit(alice_client, "override", key, "sync").json()["overrides"] == {key: "sync"}
    after = post(alice_client, "analyze", {}).json()["graph"]
    assert "reply" not in {f["id"] for f in after["fluxions"]}
    edit(alice_client, "override", key, None)
    assert "reply" in {f["id"] for f in post(alice_client, "analyze", {}).json()["graph"]["fluxions"]}


def test_override_marks_a_call_as_rupture_point(alice_client, project):
    code = "function helper(cb) { cb(); }\napp.get('/', function h(req, res) { helper(function later() {}); });\n"
    before = post(alice_client, "analyze", {"files": {"app.js": code}}).json()["graph"]
    assert "later" not in {f["id"] for f in before["fluxions"]}
    call = before["calls"][0]
    edit(alice_client, "override", f"app.js:{call['loc']['start']['line']}:{call['loc']['start']['column']}", "post")
    after = post(alice_client, "analyze", {"files": {"app.js": code}}).json()["graph"]
    assert "later" in {f["id"] for f in after["fluxions"]}


def test_pin_and_unpin(alice_client, project):
    assert edit(alice_client, "pin", "reply", "node-b").json()["pins"] == {"reply": "node-b"}
    assert edit(alice_client, "pin", "reply", None).json()["pins"] == {}


@pytest.mark.parametrize("kind, key, value, reason", [
    ("override", "app.js:8:2", "async", "an override is one of"),
    ("override", "nonsense", "sync", "file:line:column"),
    ("rename", "", "x", "needs a key"),
    ("rename", "reply", 42, "short string"),
    ("explode", "reply", "x", "unknown edit"),
])
def test_bad_edits_refused(alice_client, project, kind, key, value, reason):
    answer = edit(alice_client, kind, key, value)
    assert answer.status_code == 400 and reason in answer.json()["error"]["message"]
    p = Project.objects.get(pk=project.pk)
    assert p.names == {} and p.overrides == {} and p.pins == {}


# -- exports ------------------------------------------------------------------

@pytest.mark.parametrize("fmt, marker, content_type", [
    ("json", '"schema": "flx-graph/1"', "application/json"),
    ("flx", "reply", "text/plain"),
    ("dot", "digraph fluxions", "text/vnd.graphviz"),
    ("svg", "<svg", "image/svg+xml"),
])
def test_export(alice_client, project, fmt, marker, content_type):
    answer = alice_client.get(f"/p/readfile/export.{fmt}")
    assert answer.status_code == 200 and answer["Content-Type"].startswith(content_type)
    assert answer["Content-Disposition"] == f'attachment; filename="readfile.{fmt}"'
    assert marker in answer.content.decode()


def test_export_applies_renames(alice_client, project):
    edit(alice_client, "rename", "reply", "Greet back")
    graph = json.loads(alice_client.get("/p/readfile/export.json").content)
    assert fluxion(graph, "reply")["name"] == "Greet back"


MEMO = ("var express = require('express');\nvar app = express();\nvar memo = {};\n"
        "app.get('/', function look(req, res) { memo.x = 1; res.end(); });\n")


def memo_writes(graph):
    return next(v for v in graph["variables"] if v["name"] == "memo")["writes"]


def test_override_declares_a_write_read_only_and_the_export_shows_it(alice_client, project):
    assert post(alice_client, "save", {"files": {"app.js": MEMO}}).status_code == 200
    key = memo_writes(post(alice_client, "analyze", {}).json()["graph"])[0]["key"]
    assert edit(alice_client, "override", key, "read-only").json()["overrides"] == {key: "read-only"}
    exported = json.loads(alice_client.get("/p/readfile/export.json").content)
    assert memo_writes(exported) == [] and exported["edits"]["overrides"] == {key: "read-only"}


def test_export_unknown_format_is_404(alice_client, project):
    assert alice_client.get("/p/readfile/export.png").status_code == 404


# -- owner only, CSRF -------------------------------------------------------------

@pytest.mark.parametrize("method, name", ALL_ENDPOINTS)
def test_others_project_api_is_404(bob_client, project, executor, method, name):
    answer = getattr(bob_client, method)(f"/api/projects/readfile/{name}", {} if method == "get" else "{}",
                                         **({} if method == "get" else {"content_type": "application/json"}))
    assert answer.status_code == 404
    assert executor.deployed == {} and executor.requests == []


@pytest.mark.parametrize("method, name", ALL_ENDPOINTS)
def test_anonymous_api_is_404(client, project, method, name):
    answer = getattr(client, method)(f"/api/projects/readfile/{name}")
    assert answer.status_code in (404, 403)  # 403: CSRF refuses an anonymous POST first


def test_others_cannot_edit_or_save(bob_client, project):
    assert edit(bob_client, "rename", "reply", "mine").status_code == 404
    assert post(bob_client, "save", {"files": {"app.js": "x"}}).status_code == 404
    p = Project.objects.get(pk=project.pk)
    assert p.names == {} and p.revisions.count() == 1


@pytest.mark.parametrize("name", [n for m, n in ALL_ENDPOINTS if m == "post"])
def test_csrf_enforced_on_api_posts(alice, project, executor, name):
    c = Client(enforce_csrf_checks=True)
    c.force_login(alice)
    assert c.post(f"/api/projects/readfile/{name}", "{}", content_type="application/json").status_code == 403


def test_csrf_header_makes_api_post_work(alice, project):
    c = Client(enforce_csrf_checks=True)
    c.force_login(alice)
    token = c.get("/p/readfile/").cookies[settings.CSRF_COOKIE_NAME].value
    answer = c.post("/api/projects/readfile/analyze", "{}", content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert answer.status_code == 200


def test_api_get_only_endpoints_refuse_post(alice_client, project):
    assert alice_client.post("/api/projects/readfile/status").status_code == 405
    assert alice_client.get("/api/projects/readfile/analyze").status_code == 405


@pytest.mark.parametrize("name", ["lib/x.js\nwhile(true){}//", "../up.js", "/abs.js", "a//b.js"])
def test_save_refuses_a_path_that_could_reach_generated_code(alice_client, project, name):
    answer = post(alice_client, "save", {"files": {"app.js": "module.exports = 1;", name: "x"}})
    assert answer.status_code == 400 and "path" in answer.json()["error"]["message"]
    assert project.revisions.count() == 1
