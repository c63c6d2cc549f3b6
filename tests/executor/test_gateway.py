"""The gateway passes a service's answer through as the service wrote it."""
import asyncio
import os

import httpx
import pytest

from executor import gateway, redis_client
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
var app = require('express')();
app.get('/cookies', function (req, res) {
  res.cookie('a', '1', { httpOnly: true });
  res.cookie('b', '2');
  res.set('X-Two', ['one', 'two']);
  res.send('ok');
});
app.get('/encoded/:name', function (req, res) { res.json({ path: req.path, name: req.params.name }); });
app.head('/head', function (req, res) { res.set('X-Head', 'yes').send('body not sent'); });
module.exports = app;
"""}


@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=["gw1"]) as s:
        s.deploy("gateway", SERVICE)
        yield s


def test_each_cookie_is_its_own_header(stack):
    r = httpx.get(stack.url("gateway", "/cookies"))
    cookies = r.headers.get_list("set-cookie")
    assert len(cookies) == 2 and cookies[0].startswith("a=1") and "HttpOnly" in cookies[0]
    assert r.cookies["b"] == "2"


def test_the_path_reaches_express_undecoded(stack):
    r = httpx.get(stack.url("gateway", "/encoded/a%20b%2Fc"))
    assert r.json() == {"path": "/encoded/a%20b%2Fc", "name": "a b/c"}


def test_no_header_added_by_django(stack):
    r = httpx.get(stack.url("gateway", "/cookies"))
    assert "x-frame-options" not in r.headers and "referrer-policy" not in r.headers


def test_head_has_headers_and_no_body(stack):
    r = httpx.head(stack.url("gateway", "/head"))
    assert r.status_code == 200 and r.headers["x-head"] == "yes" and r.content == b""


def test_requests_of_one_turn_each_get_their_own_answer(stack):
    """Pushed together in one pipeline (gateway.PushBatcher), each request still gets its own answer,
    and a request to no service its 404."""
    async def burst():
        async with httpx.AsyncClient(timeout=30) as client:
            asks = [client.get(stack.url("gateway", f"/encoded/n{i}")) for i in range(24)]
            asks.append(client.get(stack.url("no-such-service", "/")))
            return await asyncio.gather(*asks)
    answers = asyncio.run(burst())
    assert [a.json()["name"] for a in answers[:-1]] == [f"n{i}" for i in range(24)]
    assert answers[-1].status_code == 404


def test_pushes_of_one_turn_go_in_one_pipeline():
    async def run():
        r = redis_client.connect_async(os.environ["REDIS_URL"], decode_responses=True)
        batcher = gateway.PushBatcher(r, r.register_script("return ARGV[1] .. ':' .. KEYS[1]"))
        sizes = []
        send = batcher.send

        async def counted(batch):
            sizes.append(len(batch))
            await send(batch)
        batcher.send = counted
        together = await asyncio.gather(*(batcher.push(keys=[f"k{i}"], args=[f"a{i}"]) for i in range(10)))
        alone = await batcher.push(keys=["k"], args=["a"])
        await r.aclose()
        return together, alone, sizes
    together, alone, sizes = asyncio.run(run())
    assert together == [f"a{i}:k{i}" for i in range(10)] and alone == "a:k"
    assert sizes == [10, 1]


def test_pushes_in_a_pipeline_load_their_script_when_redis_lost_it():
    async def run():
        r = redis_client.connect_async(os.environ["REDIS_URL"], decode_responses=True)
        batcher = gateway.PushBatcher(r, r.register_script("return 'pushed ' .. ARGV[1]"))
        await r.script_flush()
        got = await asyncio.gather(*(batcher.push(keys=["k"], args=[str(i)]) for i in range(3)))
        await r.aclose()
        return got
    assert asyncio.run(run()) == ["pushed 0", "pushed 1", "pushed 2"]
