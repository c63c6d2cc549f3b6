"""Chained delivery: a message to a unit this node runs goes into the node's processing list in
the transaction that posts it and runs in the same step, without going through the unit's queue,
in the order the queue would have given; a move stops the chaining and waits for what was
chained; a node that stops mid-chain loses none of it and runs none twice. The nodes run in
this process so that their steps can be watched one by one (tests/executor/test_delivery_faults.py
kills real ones mid-chain under load)."""
import json
import os

import pytest
import redis

from executor import api, keys
from executor.node import Node
from tests.support import queued_requests
from tests.support.stepping import stepping

pytestmark = pytest.mark.executor

SLUG = "chained"
HOPS = 4
# Each request runs HOPS callbacks of a unit with state, one setImmediate after the other,
# and answers with the unit's count as each callback saw it.
APP = b"""
var express = require('express');
var app = express();
var hops = 0;
app.get('/hop/:n', function hop(req, res) {
  var left = Number(req.params.n), seen = [];
  function next() {
    hops += 1;
    seen.push(hops);
    if (--left > 0) setImmediate(next); else res.send(seen.join(','));
  }
  next();
});
app.get('/hops', function total(req, res) { res.send(String(hops)); });
var client = require('redis').createClient();
app.get('/incr', function incr(req, res) {
  client.incr('n', function counted(err, n) { hops += 1; res.send(n + '/' + hops); });
});
module.exports = app;
"""
# three requests queued at once: their callbacks take turns, as the unit's queue would order them
EXPECTED = ["1,4,7,10", "2,5,8,11", "3,6,9,12"]


def redis_client():
    return redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)


def start_node(name):
    node = Node(name, os.environ["REDIS_URL"], time_limit_ms=2000)
    node.start()
    return node


@pytest.fixture
def node():
    n = start_node("chainer")
    with stepping(n):
        api.deploy(SLUG, {"app.js": APP}, reset=True)
    n.refresh()
    n.next_refresh = float("inf")  # no refresh, and no wake-up, between the steps watched
    n.chain_budget_ms = float("inf")  # chains as long as CHAIN_MAX allows, however slow the machine
    redis_client().delete(keys.wake("chainer"))
    yield n
    n.close()
    api.forget(SLUG)


def hop_unit():
    unit, _ = api.unit_of(SLUG, "hop")
    assert api.placement(SLUG)[unit]["stateful"]
    return unit


def send(r, count):
    return queued_requests.send(r, SLUG, [f"/hop/{HOPS}"] * count)


def answers(r, rids):
    return queued_requests.answers(r, SLUG, rids)


def step_until_taken(node, r, unit=keys.HTTP_UNIT, limit=20):
    """Steps the node until a step took the messages of `unit`'s queue (a step may find another
    queue's bell first)."""
    for _ in range(limit):
        if not r.llen(keys.queue(SLUG, unit)):
            return
        node.step()
    raise AssertionError(f"{unit}'s queue still holds messages after {limit} steps")


def step_until_answered(nodes, r, rids, limit=50):
    for _ in range(limit):
        if None not in answers(r, rids):
            return
        for n in nodes:
            n.step()
    raise AssertionError(f"not answered after {limit} steps: {answers(r, rids)}")


def test_a_chain_runs_in_one_step_in_the_order_of_the_queue(node):
    r = redis_client()
    unit = hop_unit()
    assert api.placement(SLUG)[unit]["node"] == "chainer"
    node.cost_ms[keys.queue(SLUG, keys.HTTP_UNIT)] = 0.1  # as if cheap so far: the three requests in one batch
    rids = send(r, 3)
    step_until_taken(node, r)
    # the router's posts and every callback after them ran in the step that took the requests:
    # none went through the unit's queue
    assert answers(r, rids) == [(200, body) for body in EXPECTED]
    assert not r.exists(keys.queue(SLUG, unit)) and not r.exists(keys.bell(SLUG, unit))
    assert r.llen(keys.processing(SLUG, "chainer")) == 0

    node.chaining = False  # the same through the unit's queue: over several steps
    node.cost_ms[keys.queue(SLUG, keys.HTTP_UNIT)] = 0.1
    rids = send(r, 3)
    step_until_taken(node, r)
    assert answers(r, rids) == [None] * 3
    assert r.llen(keys.queue(SLUG, unit)) == 3
    step_until_answered([node], r, rids)
    seen = [[int(n) for n in body.split(",")] for _, body in answers(r, rids)]
    assert all(hops == sorted(hops) for hops in seen) and sorted(sum(seen, [])) == list(range(13, 25)), seen


def test_a_redis_commands_callback_is_chained(node):
    r = redis_client()
    unit = hop_unit()
    node.cost_ms[keys.queue(SLUG, keys.HTTP_UNIT)] = 0.1
    rids = queued_requests.send(r, SLUG, ["/incr"] * 3)
    step_until_taken(node, r)
    # the handler, its INCR and the callback with the reply: all in the step that took the requests
    assert answers(r, rids) == [(200, "1/1"), (200, "2/2"), (200, "3/3")]
    assert not r.exists(keys.queue(SLUG, unit))
    assert r.llen(keys.processing(SLUG, "chainer")) == 0


def test_a_message_queued_first_is_not_overtaken(node):
    """A post to a unit whose queue holds a message goes into the queue too, behind it."""
    r = redis_client()
    unit = hop_unit()
    node.chaining = False
    first = send(r, 1)
    step_until_taken(node, r)  # the router's post for that request: into the unit's queue
    assert r.llen(keys.queue(SLUG, unit)) == 1
    node.chaining = True
    node.cost_ms[keys.queue(SLUG, keys.HTTP_UNIT)] = 0.1
    later = send(r, 2)
    node.chain_left, node.chain_until = 10, float("inf")  # as step() sets them
    node.handle_batch(keys.queue(SLUG, keys.HTTP_UNIT))  # the two others: their posts find the queue busy
    assert node.chained == []
    assert [json.loads(m)["rid"] for m in r.lrange(keys.queue(SLUG, unit), 0, -1)] == first + later
    step_until_answered([node], r, first + later)
    assert answers(r, first + later) == [(200, body) for body in EXPECTED]


def test_a_move_during_a_chain_waits_for_what_was_chained_and_stops_the_chaining(node):
    r = redis_client()
    unit = hop_unit()
    node.cost_ms[keys.queue(SLUG, keys.HTTP_UNIT)] = 0.1
    rids = send(r, 3)
    other = start_node("other")
    try:
        run_taken, calls = node.run_taken, []

        def move_asked_mid_chain(*args):
            calls.append(args[1])
            if len(calls) == 2:  # the first callbacks are chained and about to run: a move is asked
                r.hset(keys.moving(SLUG), unit, "other")
                r.rpush(keys.wake("chainer"), "move")
            return run_taken(*args)
        node.run_taken = move_asked_mid_chain
        step_until_taken(node, r)
        node.run_taken = run_taken
        assert calls == [keys.HTTP_UNIT, unit]
        # what was chained ran (the first callback of each request); the next ones went to the queue
        assert r.llen(keys.processing(SLUG, "chainer")) == 0
        queued = [json.loads(m) for m in r.lrange(keys.queue(SLUG, unit), 0, -1)]
        assert [m["rid"] for m in queued] == rids
        assert r.llen(keys.bell(SLUG, unit)) == 3
        node.step()  # the wake: the hand-over, between two steps
        assert r.hget(keys.place(SLUG), unit) == "other" and not r.hexists(keys.moving(SLUG), unit)
        step_until_answered([node, other], r, rids)
        assert answers(r, rids) == [(200, body) for body in EXPECTED]
    finally:
        other.close()


def test_a_node_that_stops_mid_chain_loses_and_repeats_nothing(node):
    r = redis_client()
    unit = hop_unit()
    node.cost_ms[keys.queue(SLUG, keys.HTTP_UNIT)] = 0.1
    rids = send(r, 3)
    run_taken, calls = node.run_taken, []

    def dies_mid_chain(*args):
        calls.append(args[1])
        if len(calls) == 3:  # the second callbacks are chained: the node stops before it runs them
            raise SystemExit("the node stops here")
        return run_taken(*args)
    node.run_taken = dies_mid_chain
    with pytest.raises(SystemExit):
        step_until_taken(node, r)
    node.run_taken = run_taken
    held = [entry.split("\n", 1) for entry in r.lrange(keys.processing(SLUG, "chainer"), 0, -1)]
    assert [u for u, _ in held] == [unit] * 3  # committed with the posts that chained them
    assert [json.loads(m)["rid"] for _, m in held] == rids
    assert not r.exists(keys.queue(SLUG, unit))
    assert answers(r, rids) == [None] * 3

    node.close()  # its heartbeat is gone: another node puts back what it held and takes its unit
    other = start_node("other")
    try:
        other.refresh()
        assert r.llen(keys.processing(SLUG, "chainer")) == 0
        assert [json.loads(m)["rid"] for m in r.lrange(keys.queue(SLUG, unit), 0, -1)] == rids
        step_until_answered([other], r, rids)
        assert answers(r, rids) == [(200, body) for body in EXPECTED]
        other.refresh()
        total, = queued_requests.send(r, SLUG, ["/hops"])
        step_until_answered([other], r, [total])
        assert answers(r, [total]) == [(200, str(3 * HOPS))]  # each callback ran once
    finally:
        other.close()
