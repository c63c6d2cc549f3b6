"""A request that nothing can answer any more (it waits on a promise nothing can
settle, or its handler never answers) gets a 500 with X-Liquefy-Error whose record
names the fluxion and the line it waited at, not the gateway's 504 after its timeout.
Requests that something can still answer (a timer, a Redis reply, another request
holding their `res`) are left alone."""
import concurrent.futures

import httpx
import pytest

from executor import api
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

APP = b"""
const express = require('express');
const redis = require('redis');
const app = express();
const client = redis.createClient({ url: process.env.REDIS_URL });
const parked = [];

app.get('/never', async (req, res) => {
  await new Promise(() => {});
  res.send('settled');
});
app.get('/forgot', (req, res) => {
  console.log('no answer');
});
app.get('/later', (req, res) => {
  setTimeout(() => res.send('later'), 20);
});
app.get('/side', (req, res) => {
  setTimeout(() => console.log('side branch'), 0);
  client.get('nothing', (err, value) => res.send('redis ' + value));
});
app.get('/park', (req, res) => {
  parked.push(res);
});
app.get('/flush', (req, res) => {
  const n = parked.length;
  while (parked.length) parked.pop().send('flushed');
  res.send('flushed ' + n);
});
app.get('/kept-whole', async (req, res) => {
  switch (req.query.k) {
    default: await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  res.send('resumed');
});
module.exports = app;
"""


def get(stack, path):
    return httpx.get(stack.url("hangs", path), timeout=30)


def test_a_request_nothing_can_answer_fails_naming_where_it_waits():
    with LiquefyStack(nodes=["hang1", "hang2"]) as stack:
        stack.deploy("hangs", {"app.js": APP})
        never, forgot = get(stack, "/never"), get(stack, "/forgot")
        assert never.status_code == 500 and forgot.status_code == 500
        waited = api.error("hangs", never.headers["x-liquefy-error"])
        assert (waited["file"], waited["line"]) == ("app.js", 9), waited
        assert "nothing can settle" in waited["message"], waited
        assert api.error("hangs", forgot.headers["x-liquefy-error"])["line"] == 12


def test_requests_something_can_still_answer_are_left_alone():
    with LiquefyStack(nodes=["hang3", "hang4"]) as stack:
        stack.deploy("hangs", {"app.js": APP})
        assert get(stack, "/later").text == "later"
        assert get(stack, "/side").text == "redis null"
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            parked = pool.submit(get, stack, "/park")
            while not parked.done() and get(stack, "/flush").text != "flushed 1":
                pass  # until /park's res is in the list
            assert parked.result().text == "flushed"


def test_a_function_kept_whole_awaiting_another_message_fails_naming_it():
    """An await left unsplit (here in a switch) cannot resume in a timer's message (one
    longer than a message keeps, test_kept_whole.py):
    the request answers 500 at once, its record names the fluxion and the line."""
    with LiquefyStack(nodes=["hang5", "hang6"]) as stack:
        stack.deploy("hangs", {"app.js": APP})
        answer = get(stack, "/kept-whole")
        assert answer.status_code == 500
        record = api.error("hangs", answer.headers["x-liquefy-error"])
        # the line of its switch
        assert (record["file"], record["line"], record["fluxion"]) == ("app.js", 31, "get_kept_whole"), record
        assert "kept whole" in record["message"], record
