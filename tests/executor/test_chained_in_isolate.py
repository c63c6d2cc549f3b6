"""Chained delivery within one V8 entry (docs/executor.md, "Chained delivery"): a callback of a
stateless unit the node runs, handed to setImmediate or a file read, runs in the message that
made it. A callback of a unit with state runs within the message too, but as a message of that
unit's, on its state, and only while nothing else is on its way to it (test_inline_units.py)."""
import os

import pytest
import redis

from executor import api
from executor.node import Node
from tests.support import queued_requests
from tests.support.stepping import stepping

pytestmark = pytest.mark.executor

SLUG = "inlined"
APP = b"""
var express = require('express');
var fs = require('fs');
var path = require('path');
var app = express();
var kept = 0;
// a job cut in slices: callbacks that share no variable but `res` (a variable of `slices`
// that its callbacks read, `n` say, would be kept with a unit's state: not chained so)
app.get('/slices/:n', function slices(req, res) {
  setImmediate(function slice(n, i, total) {
    if (i <= n) setImmediate(slice, n, i + 1, total + i); else res.send(String(total));
  }, Number(req.params.n), 1, 0);
});
app.get('/read', function read(req, res) {
  fs.readFile(path.join(__dirname, 'note.txt'), 'utf8', function got(err, text) {
    setImmediate(function answer() { res.send(err ? err.code : text.trim()); });
  });
});
app.get('/kept', function keep(req, res) {
  setImmediate(function later() { kept += 1; res.send(String(kept)); });
});
module.exports = app;
"""


@pytest.fixture(scope="module")
def node():
    n = Node("inliner", os.environ["REDIS_URL"], time_limit_ms=5000)
    n.start()
    with stepping(n):
        api.deploy(SLUG, {"app.js": APP, "note.txt": b"read here\n"}, reset=True)
        yield n
    n.close()
    api.forget(SLUG)


def ask(node, path):
    """(status, body, messages the node ran for the request) for one request."""
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    before = node.processed
    status, body = queued_requests.ask(r, SLUG, "GET", path)
    return status, body, node.processed - before


def test_a_stateless_chain_of_callbacks_runs_in_the_requests_message(node):
    assert ask(node, "/slices/10") == (200, "55", 1)  # eleven callbacks, one message


def test_a_file_reads_callback_and_its_immediate_run_in_the_message_too(node):
    assert ask(node, "/read") == (200, "read here", 1)


def test_past_256_callbacks_the_rest_are_posted_and_the_answer_is_the_same(node):
    status, body, messages = ask(node, "/slices/600")
    assert (status, body) == (200, str(600 * 601 // 2))
    assert messages > 1


def test_a_callback_of_a_unit_with_state_runs_within_the_message_on_the_units_state(node):
    assert ask(node, "/kept") == (200, "1", 1)
    assert ask(node, "/kept") == (200, "2", 1)
    node.chaining = False  # through the unit's queue: two messages, on the state committed
    try:
        ask(node, "/slices/1")  # taken by a wait the node had prepared before (Node.wait_and_take)
        assert ask(node, "/kept") == (200, "3", 2)
    finally:
        node.chaining = True
