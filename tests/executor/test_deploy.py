"""Deploying again replaces a service's timers instead of adding to them; stopping
drops them; a module the runtime lacks is refused with its name and line."""
import httpx
import pytest

from executor import api, keys
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

TICKING = {"app.js": b"""
var app = require('express')();
var ticks = 0;
setInterval(function tick() { ticks += 1; }, 50);
app.get('/ticks', function report(req, res) { res.send(String(ticks)); });
module.exports = app;
"""}


def project_timers(slug):
    return api.client().zrange(keys.timers(slug), 0, -1)


def test_redeploy_and_stop_leave_one_interval_then_none():
    with LiquefyStack(nodes=["dep1"], gateway=False) as stack:
        stack.deploy("ticking", TICKING)
        assert len(project_timers("ticking")) == 1
        stack.deploy("ticking", TICKING, reset=False)
        assert len(project_timers("ticking")) == 1, "the old interval would tick twice as often"
        api.stop("ticking")
        assert project_timers("ticking") == []


def test_a_module_outside_the_runtime_is_refused_at_deployment():
    files = {"app.js": b"var express = require('express');\nvar mongo = require('mongodb');\n"}
    with pytest.raises(api.DeployError) as refused:
        api.deploy("refused", files)
    assert refused.value.line == 2 and "mongodb" in refused.value.message



# The counter is written by a helper function; the requests run on fresh2 while main
# runs on fresh1, so what fresh2 holds in memory is what it answers from.
COUNTER = {"app.js": b"""
var app = require('express')();
var hits = 0;
function count() { hits += 1; return hits; }
app.get('/hit', function hit(req, res) { res.send('hits=' + count()); });
module.exports = app;
"""}
SPLIT = {"__main": "fresh1", "__http": "fresh2"}


def hit(stack, slug):
    return httpx.get(stack.url(slug, "/hit"), timeout=20).text


def test_deploy_with_reset_starts_every_node_afresh():
    with LiquefyStack(nodes=["fresh1", "fresh2"]) as stack:
        stack.deploy("fresh", COUNTER, pins=SPLIT)
        assert [hit(stack, "fresh"), hit(stack, "fresh")] == ["hits=1", "hits=2"]
        stack.deploy("fresh", COUNTER, reset=True, pins=SPLIT)
        assert hit(stack, "fresh") == "hits=1"


def test_deploy_with_reset_runs_the_new_code_on_every_node():
    changed = {"app.js": COUNTER["app.js"].replace(b"'hits='", b"'count='")}
    with LiquefyStack(nodes=["fresh1", "fresh2"]) as stack:
        stack.deploy("fresh", COUNTER, pins=SPLIT)
        assert hit(stack, "fresh") == "hits=1"
        stack.deploy("fresh", changed, reset=True, pins=SPLIT)
        assert hit(stack, "fresh") == "count=1"
