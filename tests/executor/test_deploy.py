"""Deploying again replaces a service's timers instead of adding to them; stopping
drops them; a module the runtime lacks is refused with its name and line."""
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
    return [m for m in api.client().zrange(keys.TIMERS, 0, -1) if m.startswith(slug + "|")]


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
