"""A fluxion that loops, recurses forever, allocates a gigabyte or throws fails
its own request with a clear error; the node lives on and keeps serving. A
service that fills its Redis quota gets an error from its client."""
import os
import signal
import time

import httpx
import pytest

from executor import api
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
var express = require('express');
var app = express();
var served = 0;

app.get('/ok', function ok(req, res) { served += 1; res.send('ok ' + served); });
app.get('/loop', function spin(req, res) { while (true) {} });
app.get('/recurse', function deep(req, res) {
  function down(n) { return down(n + 1) + 1; }
  res.send(String(down(0)));
});
app.get('/alloc', function hog(req, res) {
  var big = new Array(134217728).fill(1.5);
  res.send('allocated ' + big.length);
});
app.get('/grow', function hoard(req, res) {
  var kept = [];
  while (true) kept.push(new Array(1000000).fill(1.5));
});
app.get('/throw', function boom(req, res) { throw new Error('boom'); });
app.get('/late', function later(req, res) {
  setTimeout(function lateBoom() { throw new Error('late boom'); }, 1);
});

var client = require('redis').createClient();
app.get('/fill', function fill(req, res) {
  var chunk = new Array(100001).join('x');
  function put(i) {
    client.set('k' + i, chunk, function stored(err) {
      if (err) return res.status(507).send(i + ' stored, then: ' + err.message);
      put(i + 1);
    });
  }
  put(0);
});
app.get('/empty', function empty(req, res) {
  client.flushdb(function flushed(err, reply) { res.send(String(reply)); });
});

module.exports = app;
"""}

BAD = ["/loop", "/recurse", "/alloc", "/grow", "/throw", "/late"]


@pytest.fixture(scope="module")
def stack():
    # one node: the bad requests and the good ones share its isolate
    with LiquefyStack(nodes=["lim1"], env={"LIQUEFY_MESSAGE_TIME_LIMIT_MS": "500", "LIQUEFY_KV_QUOTA_MB": "1"}) as s:
        s.deploy("limits", SERVICE)
        yield s


@pytest.mark.parametrize("path", BAD)
def test_a_bad_request_fails_alone(stack, path):
    with httpx.Client(timeout=30) as http:
        before = http.get(stack.url("limits", "/ok"))
        bad = http.get(stack.url("limits", path))
        after = http.get(stack.url("limits", "/ok"))
    assert before.status_code == 200 and after.status_code == 200
    assert int(after.text.split()[1]) == int(before.text.split()[1]) + 1, "the served counter survived"
    assert bad.status_code == 500
    assert "Internal Server Error" in bad.text


def test_failures_are_recorded_with_their_reason(stack):
    errors = [e for e in api.logs("limits", limit=500) if e["level"] == "error"]
    text = "\n".join(e["text"] for e in errors)
    assert "ran longer than 500 ms" in text
    assert "Maximum call stack size exceeded" in text
    assert "heap went over" in text
    assert "boom" in text and "late boom" in text
    late = [e for e in errors if "late boom" in e["text"]][0]
    assert late["fluxion"] == "lateBoom" and late["line"] == 22 and late.get("error_id")
    assert late["file"] == "app.js"
    assert api.error("limits", late["error_id"])["message"] == "late boom"


def test_the_node_is_still_alive(stack):
    assert [n["alive"] for n in api.nodes() if n["name"] == "lim1"] == [True]


def test_an_isolate_process_killed_between_messages_is_replaced(stack):
    """Whatever kills the node's isolate process while it is idle (the OOM killer, an
    operator), the next message starts a new one and loads the project again."""
    with httpx.Client(timeout=30) as http:
        before = http.get(stack.url("limits", "/ok"))
        child = stack.sandbox_pid("lim1", "limits")
        os.kill(child, signal.SIGKILL)
        wait_gone(child)
        after = http.get(stack.url("limits", "/ok"))
    assert before.status_code == 200 and after.status_code == 200, \
        str(api.error("limits", after.headers.get("x-liquefy-error", "-")))
    assert int(after.text.split()[1]) == int(before.text.split()[1]) + 1


def wait_gone(pid):
    for _ in range(100):
        if not os.path.exists(f"/proc/{pid}") or open(f"/proc/{pid}/stat").read().split()[2] == "Z":
            return
        time.sleep(0.05)
    raise AssertionError(f"process {pid} still there")


def test_a_service_over_its_redis_quota_gets_an_error(stack):
    with httpx.Client(timeout=30) as http:
        full = http.get(stack.url("limits", "/fill"))
        assert full.status_code == 507
        stored = int(full.text.split()[0])
        assert 9 <= stored <= 11  # 1 MB in 100 KB values, one past the line at most
        assert full.text.endswith("ERR Liquefy: this project's Redis data is over its quota of 1 MB")
        assert http.get(stack.url("limits", "/empty")).text == "OK"
        assert int(http.get(stack.url("limits", "/fill")).text.split()[0]) == stored


def test_a_main_past_the_time_limit_fails_the_deployment_with_the_reason(stack):
    with pytest.raises(api.DeployError) as failed:
        api.deploy("limits-main", {"app.js": b"var express = require('express');\nwhile (true) {}\n"})
    assert failed.value.message.startswith("main failed: ") and "unknown error" not in failed.value.message


def test_main_has_the_time_limit_of_a_load_and_a_message_its_own(stack):
    """Main loads the program and its packages (prom-client's took half a second on a busy machine): it gets
    the load's limit (LIQUEFY_LOAD_TIME_LIMIT_MS, 5 s), a message still its own (500 ms here)."""
    slow = b"""var express = require('express');
var app = express();
function spin(ms) { var end = Date.now() + ms; while (Date.now() < end) {} }
spin(1500);
app.get('/spin', function (req, res) { spin(1500); res.send('done'); });
module.exports = app;
"""
    api.deploy("limits-slow-main", {"app.js": slow})
    with httpx.Client(timeout=30) as http:
        answer = http.get(stack.url("limits-slow-main", "/spin"))
    assert answer.status_code == 500
    errors = [e["text"] for e in api.logs("limits-slow-main", limit=50) if e["level"] == "error"]
    assert any("ran longer than 500 ms" in text for text in errors), errors
