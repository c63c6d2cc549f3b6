"""A node takes a queue's messages in batches: one step runs them all, in order, a unit with
state sees each message's state from the one before, and a message that throws or overruns
its time limit fails alone (the messages after it in the batch still run, on the state
before it). The node runs in this process so that its steps can be watched one by one."""
import json
import os

import pytest
import redis

from executor import api, keys
from executor.node import Node
from tests.support import queued_requests
from tests.support.stepping import stepping

pytestmark = pytest.mark.executor

SLUG = "batches"
APP = b"""
var express = require('express');
var app = express();
var count = 0;
app.get('/count', function increment(req, res) {
  if (req.query.fail) throw new Error('refused at ' + count);
  if (req.query.spin) while (true) {}
  count += 1;
  res.send('count=' + count);
});
module.exports = app;
"""


@pytest.fixture(scope="module")
def node():
    n = Node("batcher", os.environ["REDIS_URL"], time_limit_ms=500)
    n.chaining = False  # the unit's queue is watched here (tests/executor/test_chained.py: the chains)
    n.start()
    with stepping(n):
        api.deploy(SLUG, {"app.js": APP}, reset=True)
    yield n
    n.close()
    api.forget(SLUG)


def steps_until_empty(node, r, queue, limit=20):
    """Steps the node until `queue` is empty; returns the queue's length after each step."""
    lengths = []
    while r.llen(queue) and len(lengths) < limit:
        node.step()
        lengths.append(r.llen(queue))
    return lengths


def test_a_batch_keeps_order_and_state_and_fails_only_its_bad_messages(node):
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    paths = ["/count", "/count", "/count?fail=1", "/count", "/count?spin=1", "/count"]
    http_queue = keys.queue(SLUG, keys.HTTP_UNIT)
    unit, _ = api.unit_of(SLUG, "increment")
    unit_queue = keys.queue(SLUG, unit)
    node.refresh()
    assert api.placement(SLUG)[unit]["node"] == "batcher"
    node.next_refresh = float("inf")  # no refresh, and no wake-up, between the steps watched
    r.delete(keys.wake("batcher"))
    for queue in (http_queue, unit_queue):  # as if both had been cheap so far: batches of more than one
        node.cost_ms[queue] = 0.1
    rids = queued_requests.send(r, SLUG, paths)

    assert steps_until_empty(node, r, http_queue)[-1:] == [0]
    assert r.llen(unit_queue) == len(paths)  # the router's messages posted every request on
    lengths = steps_until_empty(node, r, unit_queue)
    assert lengths == [0], lengths  # one batch: all six in one step

    got = queued_requests.answers(r, SLUG, rids)
    assert [status for status, _ in got] == [200, 200, 500, 200, 500, 200], got
    assert [body for status, body in got if status == 200] == ["count=1", "count=2", "count=3", "count=4"]
    # the throw goes to Express's error handling (a 500 and a console line, as in Node.js); the overrun is the node's
    errors = sorted(json.loads(e)["kind"] for e in r.hvals(keys.errors(SLUG)))
    assert errors == ["timeout"], errors
    assert any("refused at" in json.loads(line)["text"] for line in r.lrange(keys.log(SLUG), 0, -1))
    assert r.llen(keys.processing(SLUG, "batcher")) == 0
