"""Messages to a unit with state run within the message that posts them (runtime/run.js,
runInline), when the node holds that unit and its queue was empty when the batch was taken: the
unit's new state and the message's effects commit in the poster's transaction. Each unit still
sees its messages in an order Node.js could give. The node runs in this process, so that its steps
can be watched one by one (the differential tests run every service through real nodes)."""
import json
import os

import pytest
import redis

from executor import api, keys
from executor.node import Node
from tests.support import queued_requests
from tests.support.stepping import stepping

pytestmark = pytest.mark.executor

SLUG = "inlined"
APP = b"""
var express = require('express');
var app = express();
var count = 0;
app.get('/count', function increment(req, res) {
  count += 1;
  res.send('count=' + count);
});
// two units with state, one after the other: the handler has none
var balance = 100, received = 0;
app.get('/pay/:n', function pay(req, res) {
  var n = Number(req.params.n);
  setImmediate(function debit() {
    balance -= n;
    var left = balance;
    setImmediate(function credit() {
      received += n;
      res.send(left + '/' + received);
    });
  });
});
// a unit with state that posts to itself: its next callback waits for its turn
var ticks = 0;
app.get('/twice', function twice(req, res) {
  ticks += 1;
  var first = ticks;
  setImmediate(function again() { ticks += 1; res.send(first + ',' + ticks); });
});
// a unit with state awaiting a Redis reply: the reply's callback goes to that unit
var Redis = require('ioredis');
var io = new Redis();
var calls = 0;
app.get('/io', async function counted(req, res) {
  calls += 1;
  var n = await io.incr('inlined:n');
  res.send(calls + '/' + n);
});
module.exports = app;
"""


def redis_client():
    return redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)


@pytest.fixture
def node():
    n = Node("inliner", os.environ["REDIS_URL"], time_limit_ms=2000)
    n.start()
    with stepping(n):
        api.deploy(SLUG, {"app.js": APP}, reset=True)
    n.refresh()
    n.next_refresh = float("inf")  # no refresh, and no wake-up, between the steps watched
    n.chain_budget_ms = float("inf")
    redis_client().delete(keys.wake("inliner"))
    yield n
    n.close()
    api.forget(SLUG)


def unit_of(fluxion):
    unit, _ = api.unit_of(SLUG, fluxion)
    assert api.placement(SLUG)[unit]["stateful"]
    return unit


def send(r, paths):
    return queued_requests.send(r, SLUG, paths)


def answers(r, rids):
    """The bodies of the requests answered so far, None for the others."""
    return [a and a[1] for a in queued_requests.answers(r, SLUG, rids)]


def take_requests(node):
    """One batch of the HTTP unit's queue, as a step that found its bell would take it."""
    node.cost_ms[keys.queue(SLUG, keys.HTTP_UNIT)] = 0.1  # as if cheap so far: the requests in one batch
    node.chained, node.states = [], {}
    node.chain_left, node.chain_until = 256, float("inf")
    before = node.processed
    node.handle_batch(keys.queue(SLUG, keys.HTTP_UNIT))
    taken = node.processed - before
    node.run_chained()
    return taken, node.processed - before


def step_until_answered(node, r, rids, limit=50):
    for _ in range(limit):
        if None not in answers(r, rids):
            return answers(r, rids)
        node.step()
    raise AssertionError(f"not answered after {limit} steps: {answers(r, rids)}")


def test_a_handler_with_state_runs_within_the_request_message(node):
    r = redis_client()
    unit = unit_of("increment")
    rids = send(r, ["/count"] * 3)
    taken, ran = take_requests(node)
    assert answers(r, rids) == ["count=1", "count=2", "count=3"]
    assert (taken, ran) == (3, 3)  # three messages in all: none of the unit's went through Redis
    assert not r.exists(keys.queue(SLUG, unit)) and r.llen(keys.processing(SLUG, "inliner")) == 0
    node.chaining = False  # the same unit through its queue carries on from the state committed
    more = send(r, ["/count"] * 2)
    assert step_until_answered(node, r, more) == ["count=4", "count=5"]


def test_a_message_already_queued_for_the_unit_goes_first(node):
    r = redis_client()
    unit = unit_of("increment")
    node.chaining = False
    first = send(r, ["/count"])
    node.handle_batch(keys.queue(SLUG, keys.HTTP_UNIT))  # the router's post: into the unit's queue
    assert r.llen(keys.queue(SLUG, unit)) == 1
    node.chaining = True
    later = send(r, ["/count"] * 2)
    take_requests(node)  # their posts find the queue busy: behind the first, none run within
    assert [json.loads(m)["rid"] for m in r.lrange(keys.queue(SLUG, unit), 0, -1)] == first + later
    assert step_until_answered(node, r, first + later) == ["count=1", "count=2", "count=3"]


def test_two_units_with_state_one_after_the_other(node):
    r = redis_client()
    assert unit_of("debit") != unit_of("credit")
    rids = send(r, ["/pay/10", "/pay/5", "/pay/1"])
    taken, ran = take_requests(node)
    assert answers(r, rids) == ["90/10", "85/15", "84/16"]
    assert (taken, ran) == (3, 3)
    node.chaining = False
    assert step_until_answered(node, r, send(r, ["/pay/4"])) == ["80/20"]


def test_a_unit_posting_to_itself_takes_turns_with_the_other_requests(node):
    """As under Node.js: the three handlers run, then the three callbacks."""
    r = redis_client()
    rids = send(r, ["/twice"] * 3)
    take_requests(node)
    assert step_until_answered(node, r, rids) == ["1,4", "2,5", "3,6"]


def test_a_run_posting_to_its_unit_within_the_batchs_last_message_is_kept(node):
    """No request of the batch is left to run first: the handler runs within the request's
    message, once, and its callback goes to the unit (chained in the same step)."""
    r = redis_client()
    rids = send(r, ["/twice"])
    taken, ran = take_requests(node)
    assert answers(r, rids) == ["1,2"]
    assert (taken, ran) == (1, 2)  # the request's message (the handler within it), then the callback's


def test_the_reply_to_a_redis_command_of_a_run_within_goes_to_its_unit(node):
    """Its promise's resolver is the runtime's: the reply is a message of the unit that sent the
    command (not of the request's unit, which ran it within its message)."""
    r = redis_client()
    r.delete("inlined:n")
    rids = send(r, ["/io"] * 3)
    taken, ran = take_requests(node)
    # as under Node.js: the three handlers, then the three replies; one message per reply
    assert answers(r, rids) == ["3/1", "3/2", "3/3"]
    assert (taken, ran) == (3, 6)
