"""Deploys that any node finishes (executor/resume.py, issue 13): a deploying process
killed midway does not leave its project `starting` for good."""
import json
import subprocess
import sys

import httpx
import pytest

from executor import api, keys, resume
from tests.support.stack import ROOT, LiquefyStack
from tests.support.waiting import wait_for

pytestmark = pytest.mark.executor

HELLO = "const app = require('express')();\napp.get('/', (req, res) => res.send('hello ' + 2));\nmodule.exports = app;\n"

# A deploy in a process of its own that dies (os._exit: no cleanup, as a SIGKILL) at `step`.
DYING_DEPLOY = """
import os, sys, django
django.setup()
from executor import deploy, resume
step = sys.argv[2]
if step == "placement":
    deploy.assign_placement = lambda *a, **k: os._exit(17)
else:
    queue = resume.queue_main
    resume.queue_main = lambda *a, **k: (queue(*a, **k), os._exit(17))
from executor import api
api.deploy(sys.argv[1], {"app.js": %r})
""" % HELLO



@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=["rd1"]) as s:
        yield s


@pytest.mark.parametrize("step", ["placement", "main"])
def test_a_deploy_whose_process_dies_is_finished_by_a_node(stack, step):
    slug = f"dying-{step}"
    done = subprocess.run([sys.executable, "-c", DYING_DEPLOY, slug, step], cwd=ROOT, env=stack.env())
    assert done.returncode == 17
    assert stack.r.hget(keys.meta(slug), "status") == "starting"
    wait_for(lambda: stack.r.hget(keys.meta(slug), "status") == "running", f"{slug} to run")
    assert httpx.get(stack.url(slug, "/"), timeout=30).text == "hello 2"
    said = [e["text"] for e in api.logs(slug) if "left half-done" in e["text"]]
    assert bool(said) == (step == "placement"), said  # a queued main needs nobody's help


def test_main_failing_stops_the_project_with_the_reason(stack):
    with pytest.raises(api.DeployError):
        stack.deploy("broken", {"app.js": b"const app = require('express')();\nnull.x;\nmodule.exports = app;\n"})
    meta = stack.r.hgetall(keys.meta("broken"))
    assert meta["status"] == "stopped" and "main failed" in meta["stopped_reason"], meta


def test_what_counts_as_stranded(stack):
    r, slug = stack.r, "stranded-check"
    r.hset(keys.meta(slug), mapping={"status": "starting", "deploy_phase": "stored"})
    r.set(keys.deploying(slug), "1", ex=30)
    assert not resume.stranded(r, slug, r.hgetall(keys.meta(slug)))  # its deployer holds the lease
    r.delete(keys.deploying(slug))
    assert resume.stranded(r, slug, r.hgetall(keys.meta(slug)))
    r.hset(keys.meta(slug), mapping={"deploy_phase": "main-queued", "main_queued_ms": resume.now_ms()})
    assert not resume.stranded(r, slug, r.hgetall(keys.meta(slug)))  # main is on its way
    old = resume.now_ms() - (resume.MAIN_LOST_AFTER_S + 5) * 1000
    r.hset(keys.meta(slug), "main_queued_ms", old)
    r.rpush(keys.queue(slug, keys.MAIN_UNIT), json.dumps({"k": "main"}))
    assert not resume.stranded(r, slug, r.hgetall(keys.meta(slug)))  # still queued: no node took it yet
    r.delete(keys.queue(slug, keys.MAIN_UNIT))
    assert resume.stranded(r, slug, r.hgetall(keys.meta(slug)))  # taken and lost
    r.hset(keys.meta(slug), "status", "running")
    assert not resume.stranded(r, slug, r.hgetall(keys.meta(slug)))
    r.delete(keys.meta(slug))


LATER = """const app = require('express')();
let ticks = 0;
setInterval(() => { ticks += 1; }, 100);
app.get('/later', (req, res) => setTimeout(() => res.send('later %s'), 2000));
app.get('/ticks', (req, res) => res.send(String(ticks)));
module.exports = app;
"""


def timers_of(r, slug):
    """The timers kept for `slug`, not an interval's `ID#pending` mark (a firing queued, not yet run)."""
    return [k for k in r.hkeys(keys.timer_data(slug)) if not k.endswith("#pending")]


@pytest.mark.parametrize("same", [True, False])
def test_a_request_waiting_on_a_timer_across_a_redeploy(stack, same):
    import threading
    slug = "later-same" if same else "later-other"
    stack.deploy(slug, {"app.js": (LATER % "one").encode()})
    answers = []
    waiting = threading.Thread(target=lambda: answers.append(httpx.get(stack.url(slug, "/later"), timeout=30)))
    waiting.start()
    wait_for(lambda: len(timers_of(stack.r, slug)) == 2, "the request's timer")
    stack.deploy(slug, {"app.js": (LATER % ("one" if same else "two")).encode()}, reset=False)
    waiting.join()
    if same:
        assert (answers[0].status_code, answers[0].text) == (200, "later one")
    else:
        assert answers[0].status_code == 503 and "deployed again" in answers[0].text
    assert len(timers_of(stack.r, slug)) == 1, "main's interval, once"


@pytest.mark.parametrize("slug", ["Later", "a_b", "a:q:x", "-a", "", "x" * 64])
def test_a_name_that_cannot_be_part_of_keys_is_refused(slug):
    with pytest.raises(api.DeployError, match="not a service name"):
        api.deploy(slug, {"app.js": HELLO.encode()})
