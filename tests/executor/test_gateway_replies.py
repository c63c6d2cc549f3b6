"""The gateway's replies: one listener per event loop takes them all, hands each to its request,
and a request given up on (504) leaves nothing behind that would reach another one."""
import asyncio
import os

import pytest
import redis

from executor import api, gateway, keys
from tests.support.stack import LiquefyStack

pytestmark = [pytest.mark.executor, pytest.mark.asyncio]

APP = b"""
const express = require('express');
const app = express();
const parked = [];
app.get('/park/:n', (req, res) => { parked.push([req.params.n, res]); res.set('X-Parked', 'yes'); });
app.get('/count', (req, res) => res.send(String(parked.length)));
app.get('/flush', (req, res) => {
  const n = parked.length;
  while (parked.length) { const [name, r] = parked.shift(); r.send('answer ' + name); }
  res.send('flushed ' + n);
});
app.get('/hello/:n', (req, res) => res.send('hello ' + req.params.n));
app.get('/counted', (req, res) => res.send('counted'));
module.exports = app;
"""


@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=["reply1", "reply2"], gateway=False) as s:
        s.deploy("replies", {"app.js": APP})
        yield s


async def body(slug, path, **kwargs):
    status, _, payload = await api.request(slug, "GET", path, **kwargs)
    return status, payload.decode()


async def until(check):
    while not await check():
        await asyncio.sleep(0.02)


async def test_one_connection_waits_for_every_request_in_flight(stack):
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    parked = [asyncio.ensure_future(body("replies", f"/park/{n}")) for n in range(20)]

    async def all_parked():
        return (await body("replies", "/count"))[1] == "20"
    await until(all_parked)
    waiting = [c for c in r.client_list() if c.get("name") == gateway.LISTENER_NAME and "b" in c.get("flags", "")]
    assert len(waiting) == 1 and waiting[0]["cmd"] == "blmpop", waiting  # blocked, for all 20
    assert await body("replies", "/flush") == (200, "flushed 20")
    answers = await asyncio.gather(*parked)
    assert answers == [(200, f"answer {n}") for n in range(20)]


async def test_a_request_given_up_on_answers_504_and_its_late_reply_reaches_nobody(stack):
    status, headers, payload = await api.request("replies", "GET", "/park/late", timeout_ms=300)
    assert status == 504 and "did not answer within 0.3 s" in payload.decode()
    rid = dict(headers)["X-Liquefy-Request"]
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    assert r.get(keys.replied(rid)) == "timeout"
    assert await body("replies", "/flush") == (200, "flushed 1")  # the late reply goes to the listener's list
    answers = await asyncio.gather(*(body("replies", f"/hello/{n}") for n in range(30)))
    assert answers == [(200, f"hello {n}") for n in range(30)]
    assert r.llen(keys.reply(rid)) == 0  # taken and dropped, not left for the next one


async def test_route_counts_are_written_in_one_flush(stack):
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    assert await asyncio.gather(*(body("replies", "/counted") for _ in range(10))) == [(200, "counted")] * 10
    await gateway.flush_metrics()
    counted = sum(int(r.hget(key, "replies|route|GET /counted|n") or 0) for key in r.scan_iter("flx:m:*"))
    assert counted == 10
    assert not gateway.here().routes.values  # nothing left in memory after the flush


async def test_the_listener_waits_on_between_requests_and_stops_once_idle(stack):
    """One request after another (one connection) finds the listener's wait already sent: the same
    task takes their replies. Nobody waiting for LINGER_S, it stops."""
    listener = gateway.here().replies
    assert await body("replies", "/hello/1") == (200, "hello 1")
    task = listener.tasks.get("replies")
    assert task is not None and not task.done()
    assert await body("replies", "/hello/2") == (200, "hello 2")
    assert listener.tasks.get("replies") is task
    await asyncio.wait_for(asyncio.shield(task), gateway.LINGER_S * 20)
    assert "replies" not in listener.tasks and "replies" not in listener.waiting
