"""A timer cleared after it came due but before its callback ran: the callback never runs, as
under Node.js. The timer clock queues a firing when it is due; a message already running then (a
debounce's next call, busy for a while) or queued before it may clear the timer: the firing,
still queued, was run anyway, and a debounced save ran twice (fresh13-esm-hand-helpers, while
units moved). A node and its timer clock run in this process, on a real Redis."""
import json
import os
import time

import pytest
import redis

from executor import api
from executor.node import Node
from tests.support import queued_requests
from tests.support.stepping import stepping

pytestmark = pytest.mark.executor

SLUG = "clearedlate"
APP = b"""
const express = require('express');
const app = express();
function busy(ms) { const end = Date.now() + ms; while (Date.now() < end) {} }
const saves = [];
let pending = null;
function save(reason) {
  clearTimeout(pending);
  pending = setTimeout(() => { pending = null; saves.push(reason); }, 100);
}
let ticks = 0;
let poller = null;
app.post('/edit', (req, res) => { save('edit'); res.send('queued'); });
app.post('/rebuild', (req, res) => { busy(400); save('rebuild'); res.send('rebuilt'); });
app.post('/poll', (req, res) => { poller = setInterval(() => { ticks += 1; }, 100); res.send('polling'); });
app.post('/stop', (req, res) => { busy(400); clearInterval(poller); res.send('stopped'); });
app.get('/done', (req, res) => res.json({ saves, ticks, pending: pending !== null }));
module.exports = app;
"""


def ask(r, method, path):
    return queued_requests.ask(r, SLUG, method, path)[1]


@pytest.fixture
def node():
    node = Node("clearer", os.environ["REDIS_URL"], time_limit_ms=2000)
    node.start()
    try:
        with stepping(node):
            api.deploy(SLUG, {"app.js": APP}, reset=True)
            yield node
    finally:
        node.close()
        api.forget(SLUG)


def settled(r):
    """/done once the debounced save has no timer left (its firing queued by now has run)."""
    deadline = time.monotonic() + 20
    while (done := json.loads(ask(r, "GET", "/done")))["pending"] and time.monotonic() < deadline:
        time.sleep(0.05)
    return done


def test_a_timeout_cleared_while_its_firing_waited_does_not_run(node):
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    assert ask(r, "POST", "/edit") == "queued"
    assert ask(r, "POST", "/rebuild") == "rebuilt"  # 'edit' came due while this ran, then was cleared
    assert settled(r) == {"saves": ["rebuild"], "ticks": 0, "pending": False}


def test_an_interval_cleared_while_its_firing_waited_does_not_tick(node):
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    assert ask(r, "POST", "/poll") == "polling"
    assert ask(r, "POST", "/stop") == "stopped"  # a firing came due while this ran, then was cleared
    assert settled(r) == {"saves": [], "ticks": 0, "pending": False}
