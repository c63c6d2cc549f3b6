"""A node's wait for work takes a batch of the queue it served last in the same round trip
(Node.wait_and_take: BLPOP, then TAKE, in one pipeline): whatever rang, what that TAKE moved
to the node's processing list runs in the same step, and a queue whose bell rang instead is
served too. The node runs in this process so that each step can be watched."""
import os

import pytest
import redis

from executor import api, keys
from executor.node import Node
from tests.support import queued_requests
from tests.support.stepping import stepping

pytestmark = pytest.mark.executor

SLUG, OTHER = "wait-and-take", "wait-and-take-too"
APP = b"""
var express = require('express');
var app = express();
var count = 0;
app.get('/count', function increment(req, res) {
  count += 1;
  res.send('count=' + count);
});
app.get('/hello', function (req, res) { res.send('hello'); });
module.exports = app;
"""


@pytest.fixture
def r():
    return redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)


@pytest.fixture
def node(r):
    n = Node("waiter", os.environ["REDIS_URL"], time_limit_ms=1000)
    n.start()
    with stepping(n):
        api.deploy(SLUG, {"app.js": APP}, reset=True)
        api.deploy(OTHER, {"app.js": APP}, reset=True)
    n.refresh()
    n.next_refresh = float("inf")  # no refresh between the steps watched
    r.delete(keys.wake("waiter"))
    yield n
    n.close()
    api.forget(SLUG)
    api.forget(OTHER)


class CountedTake:
    """The node's TAKE script, counting the round trips of its own (not those within a wait)."""

    def __init__(self, script):
        self.script, self.calls = script, 0
        self.sha = script.sha

    def __call__(self, **kwargs):
        self.calls += 1
        return self.script(**kwargs)


def serve_one_request(node, r, path="/hello"):
    rids = queued_requests.send(r, SLUG, [path])
    node.step()
    return queued_requests.answers(r, SLUG, rids)[0]


def take_turns(node, first, then):
    """Project `first`'s turn comes before `then`'s (executor/scheduling.py)."""
    node.fair.used_ms[then] = node.fair.used_ms.get(first, 0.0) + 100


def test_the_queue_served_last_is_taken_within_the_wait(node, r):
    assert serve_one_request(node, r) == (200, "hello")  # served by a TAKE of its own: nothing served yet
    take_turns(node, SLUG, OTHER)
    assert node.guess(node.fair_bells()) == keys.queue(SLUG, keys.HTTP_UNIT)
    node.take = CountedTake(node.take)
    for _ in range(3):
        assert serve_one_request(node, r) == (200, "hello")
    assert node.take.calls == 0
    assert r.llen(keys.processing(SLUG, "waiter")) == 0


def test_what_the_wait_took_runs_when_another_bell_rings(node, r):
    """The queue served last holds a request whose bell token another node consumed, and another
    project's bell rings: one step answers both, nothing is left taken."""
    assert serve_one_request(node, r) == (200, "hello")
    take_turns(node, SLUG, OTHER)
    assert node.guess(node.fair_bells()) == keys.queue(SLUG, keys.HTTP_UNIT)
    rids = queued_requests.send(r, SLUG, ["/hello"])
    r.delete(keys.bell(SLUG, keys.HTTP_UNIT))
    other = queued_requests.send(r, OTHER, ["/count"])
    node.take = CountedTake(node.take)
    node.step()
    assert queued_requests.answers(r, SLUG, rids) == [(200, "hello")]
    assert queued_requests.answers(r, OTHER, other) == [(200, "count=1")]
    assert node.take.calls == 1  # the other project's queue: a TAKE of its own
    for slug in (SLUG, OTHER):
        assert r.llen(keys.queue(slug, keys.HTTP_UNIT)) == 0 and r.llen(keys.processing(slug, "waiter")) == 0


def test_a_project_past_its_share_is_not_taken_ahead_of_its_turn(node, r):
    assert serve_one_request(node, r) == (200, "hello")
    take_turns(node, OTHER, SLUG)  # the project served last has used more of the node
    assert node.guess(node.fair_bells()) is None


def test_what_the_wait_took_runs_before_a_wake_is_handled(node, r):
    assert serve_one_request(node, r) == (200, "hello")
    take_turns(node, SLUG, OTHER)
    rids = queued_requests.send(r, SLUG, ["/hello"])
    r.delete(keys.bell(SLUG, keys.HTTP_UNIT))
    r.rpush(keys.wake("waiter"), "placed")
    node.step()
    assert queued_requests.answers(r, SLUG, rids) == [(200, "hello")]
    assert not r.exists(keys.wake("waiter"))  # and the wake was handled: a refresh
    assert r.llen(keys.processing(SLUG, "waiter")) == 0


def test_a_node_behind_a_deployment_takes_nothing_until_it_sees_it(node, r):
    """A node that has not seen a new deployment yet (its view of the project is behind) would run
    the new version's requests on the old code: TAKE refuses it and the node looks again first."""
    assert serve_one_request(node, r) == (200, "hello")
    behind = node.views[SLUG]
    with stepping(node):
        api.deploy(SLUG, {"app.js": APP.replace(b"res.send('hello')", b"res.send('hello again')")})
    node.views[SLUG] = behind
    node.next_refresh = float("inf")
    r.delete(keys.wake("waiter"))
    node.last_served = keys.queue(SLUG, keys.HTTP_UNIT)
    for _ in range(2):  # refused to the wait's TAKE, then to a TAKE of its own
        take_turns(node, SLUG, OTHER)
        rids = queued_requests.send(r, SLUG, ["/hello"])
        node.step()  # takes nothing, looks again
        assert queued_requests.answers(r, SLUG, rids) == [None] and node.views[SLUG].version > behind.version
        node.step()
        assert queued_requests.answers(r, SLUG, rids) == [(200, "hello again")]
        node.views[SLUG], node.last_served = behind, None
    assert r.llen(keys.processing(SLUG, "waiter")) == 0


def test_a_redis_without_the_script_is_served_all_the_same(node, r):
    assert serve_one_request(node, r) == (200, "hello")
    take_turns(node, SLUG, OTHER)
    assert node.guess(node.fair_bells()) is not None  # the wait's TAKE meets the NOSCRIPT
    r.script_flush()
    assert serve_one_request(node, r) == (200, "hello")  # NOSCRIPT within the wait: a TAKE of its own
    assert serve_one_request(node, r) == (200, "hello")  # and the script is there again
