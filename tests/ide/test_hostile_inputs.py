"""What a user can send the IDE that used to crash it (issue 12, item 12): a `since` that is not a
number, a package.json that is a list or nested too deeply, a load plan with a NaN weight, and
a diagram whose SVG carries script."""
import json
import math

import pytest
import redis
from django.conf import settings

from executor import loadgen
from ide import analysis_pool, consumers, services
from ide.analysis_worker import layout
from ide.svg import sanitize

from .test_consumers import communicator

pytestmark = pytest.mark.django_db


def post(client, name, body, slug="readfile"):
    return client.post(f"/api/projects/{slug}/{name}", body, content_type="application/json")


# -- since ------------------------------------------------------------------------------------

@pytest.mark.parametrize("since", ["abc", "1.5", "-3", "1e99", "nan"])
def test_logs_with_a_since_that_is_not_a_time_is_a_400(alice_client, project, executor, since):
    answer = alice_client.get(f"/api/projects/readfile/logs?since={since}")
    assert answer.status_code == 400 and "`since`" in answer.json()["error"]["message"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
@pytest.mark.parametrize("since", ["abc", [1], {"a": 1}, 1.5, -1, True])
async def test_logs_follow_with_a_bad_since_answers_an_error_and_keeps_the_socket(alice, project, executor,
                                                                                  monkeypatch, since):
    monkeypatch.setattr(consumers, "LOG_POLL_SECONDS", 0.05)
    executor.log(2000, "boom")
    c = communicator(alice)
    assert (await c.connect())[0]
    await c.send_json_to({"type": "logs.follow", "since": since})
    error = await c.receive_json_from()
    assert error["type"] == "error" and "`since`" in error["message"]
    await c.send_json_to({"type": "logs.follow", "since": 1500})  # the socket still serves
    assert [e["text"] for e in (await c.receive_json_from())["entries"]] == ["boom"]
    await c.disconnect()


# -- package.json -----------------------------------------------------------------------------

@pytest.fixture
def no_entry_project(alice):
    """A project whose files name no usual entry: the analyzer reads package.json to find it."""
    return services.create_project(alice, "pkg", "pkg", {"package.json": b'{"main": "srv.js"}',
                                                          "srv.js": b"var x = 1;\n", "lib.js": b"var y = 2;\n"})


@pytest.mark.parametrize("package, line, message", [
    ("[1, 2]", 1, "a JSON object"),
    ("[" * 100_000 + "]" * 100_000, 1, "nested too deeply"),
    ('{"main": 5}', 1, "`main`"),
    ('{\n  "main": srv.js\n}', 2, "not valid JSON"),
])
def test_a_bad_package_json_is_a_located_error(alice_client, no_entry_project, package, line, message):
    answer = post(alice_client, "analyze", {"files": {"package.json": package}}, slug="pkg")
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["file"] == "package.json" and error["line"] == line and message in error["message"]


def test_uploading_a_deeply_nested_package_json_does_not_crash(alice_client, no_entry_project):
    from django.core.files.uploadedfile import SimpleUploadedFile
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("package.json", "[" * 100_000 + "]" * 100_000)
        z.writestr("app.js", "var x = 1;\n")
    answer = alice_client.post("/p/pkg/upload", {"upload": SimpleUploadedFile("svc.zip", buf.getvalue())})
    assert answer.status_code == 302
    assert no_entry_project.revisions.count() == 2


def test_deploying_a_package_json_that_is_a_list_is_a_located_400(alice_client, no_entry_project, executor):
    assert post(alice_client, "save", {"files": {"package.json": "[1, 2]"}}, slug="pkg").status_code == 200
    answer = post(alice_client, "deploy", {}, slug="pkg")
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["file"] == "package.json" and error["line"] == 1 and "a JSON object" in error["message"]
    assert "pkg" not in executor.deployed


# -- load plans -------------------------------------------------------------------------------

@pytest.fixture
def deployed(alice_client, project, executor):
    assert post(alice_client, "deploy", {}).status_code == 200
    return executor


@pytest.mark.parametrize("raw", [
    '{"routes": [{"path": "/", "weight": NaN}], "rate": 5}',
    '{"routes": [{"path": "/", "weight": Infinity}], "rate": 5}',
    '{"routes": [{"path": "/"}], "rate": NaN}',
    '{"routes": [{"path": "/"}], "rate": 5, "duration_s": Infinity}',
])
def test_a_load_plan_with_nan_or_infinity_is_refused_with_the_reason(alice_client, deployed, raw):
    answer = alice_client.post("/api/projects/readfile/load", raw, content_type="application/json")
    assert answer.status_code == 400 and "finite" in answer.json()["error"]["message"]
    assert deployed.plans == []


@pytest.mark.parametrize("weight", [math.nan, math.inf, -1, 0, "heavy"])
def test_the_load_generator_refuses_a_bad_weight_itself(weight):
    with pytest.raises(ValueError, match="weight"):
        loadgen.Plan([{"path": "/", "weight": weight}], rate=5)


def test_a_plan_the_worker_cannot_run_ends_the_run_as_failed():
    """A plan that reaches the control worker and fails there (here: refused by Plan) is recorded
    as failed with its reason, instead of staying `queued` or `running` forever."""
    r = redis.Redis.from_url(settings.REDIS_URL, decode_responses=True)
    published = []
    r.hset(loadgen.keys.load_runs("bad"), "r1", json.dumps({"run": "r1", "state": "queued", "started_ms": 5}))
    record = loadgen.run_task(r, "bad", "r1", {"routes": [{"path": "/", "weight": math.nan}], "rate": 5},
                              lambda group, message: published.append(message))
    stored = json.loads(r.hget(loadgen.keys.load_runs("bad"), "r1"))
    assert record["state"] == stored["state"] == "failed" and "weight" in stored["error"]
    assert published[-1]["summary"]["state"] == "failed"


# -- SVG --------------------------------------------------------------------------------------

HOSTILE_SVG = """<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
<script>alert(2)</script>
<g id="flx-a" class="node" onclick="alert(3)" style="background:url(javascript:alert(4))">
<title>a</title>
<a xlink:href="javascript:alert(5)" href="javascript:alert(6)"><text x="1" y="2">kept</text></a>
<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(7)"/></div></foreignObject>
<set attributeName="onmouseover" to="alert(8)"/>
<animate attributeName="href" values="javascript:alert(9)"/>
<use xlink:href="data:image/svg+xml,&lt;svg onload=alert(10)&gt;"/>
<path d="M0,0L1,1" fill="#fff" stroke="black"/>
</g>
</svg>"""


def test_the_sanitized_svg_keeps_the_drawing_and_drops_every_script():
    clean = sanitize(HOSTILE_SVG)
    for bad in ("alert", "script", "onload", "onclick", "foreignObject", "javascript", "style", "<a ", "<use",
                "<set", "<animate"):
        assert bad not in clean, bad
    for kept in ('id="flx-a"', 'class="node"', "<title>a</title>", ">kept</text>", 'd="M0,0L1,1"', 'viewBox="0 0 10 10"'):
        assert kept in clean, kept


def test_the_layout_is_sanitized():
    svg = layout('digraph { a [URL="javascript:alert(1)", label="x", id="flx-a"] }', timeout_s=30)
    assert "javascript" not in svg and "<a " not in svg and 'id="flx-a"' in svg


def test_svg_with_an_entity_bomb_is_refused():
    bomb = ('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            '<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>')
    with pytest.raises(ValueError):
        sanitize(bomb)


@pytest.fixture(autouse=True)
def fresh_pool():
    analysis_pool.reset()
    yield
    analysis_pool.reset()
