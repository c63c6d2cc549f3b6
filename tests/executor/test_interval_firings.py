"""An interval whose callback sets a timeout each time: every firing's timeout fires, as under
Node.js. Each firing is a message with its own id (scripts.FIRE_TIMERS), and what a message makes
is named after it: with one id for all firings, each firing's timeout replaced the one before.
A node and its timer clock run in this process, on a real Redis."""
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

SLUG = "firings"
APP = b"""
const express = require('express');
const app = express();
let ticks = 0;
const fired = [];
let handle = null;
app.post('/start', (req, res) => {
  handle = setInterval(() => {
    ticks += 1;
    const n = ticks;
    if (ticks >= 5) clearInterval(handle);
    setTimeout(() => { fired.push(n); }, 200);
  }, 30);
  res.send('started');
});
app.get('/fired', (req, res) => res.json({ ticks, fired }));
module.exports = app;
"""


def ask(r, method, path):
    return queued_requests.ask(r, SLUG, method, path)[1]


def test_every_firing_of_an_interval_keeps_the_timeout_it_set():
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    node = Node("firer", os.environ["REDIS_URL"], time_limit_ms=2000)
    node.start()
    try:
        with stepping(node):
            api.deploy(SLUG, {"app.js": APP}, reset=True)
            assert ask(r, "POST", "/start") == "started"
            deadline = time.monotonic() + 20
            while json.loads(ask(r, "GET", "/fired"))["fired"] != [1, 2, 3, 4, 5] and time.monotonic() < deadline:
                time.sleep(0.1)
            assert json.loads(ask(r, "GET", "/fired")) == {"ticks": 5, "fired": [1, 2, 3, 4, 5]}
    finally:
        node.close()
        api.forget(SLUG)
