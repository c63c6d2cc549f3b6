"""node-redis 4's promise API (selected by `client.connect()`), on a live node:
the shapes node-redis 4 gives (hGetAll of nothing is {}, sIsMember is a boolean,
set's options object, multi().exec() resolving to the replies)."""
import json

import httpx
import pytest

from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
const express = require('express');
const redis = require('redis');
const app = express();
const client = redis.createClient({ url: process.env.REDIS_URL });
client.connect();
app.get('/v4/:k', async (req, res) => {
  await client.set('v4:' + req.params.k, 'x', { EX: 100 });
  const n = await client.incr('v4:n');
  await client.hSet('v4:h', { a: '1', b: '2' });
  const h = await client.hGetAll('v4:h');
  const empty = await client.hGetAll('v4:none');
  await client.sAdd('v4:s', 'p');
  const member = await client.sIsMember('v4:s', 'p');
  const [a, b] = await client.multi().set('v4:m', '5').get('v4:m').exec();
  let failed = null;
  try { await client.incr('v4:' + req.params.k); } catch (e) { failed = e.message; }
  res.json({ n, h, empty, member, a, b, ttl: await client.ttl('v4:' + req.params.k), failed });
});
module.exports = app;
"""}


def test_node_redis_4_promise_api():
    with LiquefyStack(nodes=["r4a", "r4b"]) as stack:
        stack.deploy("redis4", SERVICE)
        first = json.loads(httpx.get(stack.url("redis4", "/v4/key"), timeout=20).text)
        second = json.loads(httpx.get(stack.url("redis4", "/v4/key"), timeout=20).text)
    assert first == {"n": 1, "h": {"a": "1", "b": "2"}, "empty": {}, "member": True, "a": "OK", "b": "5",
                     "ttl": 100, "failed": "ERR value is not an integer or out of range"}
    assert second["n"] == 2
