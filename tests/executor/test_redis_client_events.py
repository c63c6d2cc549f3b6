"""A node-redis client's 'connect' and 'ready' events, which services listen to for a health route
(`client.on('ready', () => { redisReady = true })`): node-redis 4 emits them in `connect()`, before its
promise settles; node-redis 3 after the code that made the client has had the chance to listen. Liquefy's
client emitted neither, so the health route said the cache was down (found writing the fresh25a round)."""
import tempfile
from pathlib import Path

import httpx
import pytest
import redis

from tests.support.nodejs import NodeService, redis_server
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

PRELOAD_V4 = Path(__file__).resolve().parents[1] / "support" / "redis4.js"

V4 = """
const express = require('express');
const { createClient } = require('redis');
const client = createClient({ url: process.env.REDIS_URL });
const events = [];
let ready = false;
client.on('error', (e) => events.push('error ' + e.message));
client.on('connect', () => events.push('connect'));
client.connect().then(() => events.push('connected'));
client.on('ready', () => { ready = true; events.push('ready'); });
const app = express();
app.get('/health', async (req, res) => res.json({ ready, events, pong: await client.ping() }));
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
"""

V3 = """
const express = require('express');
const redis = require('redis');
const client = redis.createClient({ url: process.env.REDIS_URL });
const events = [];
client.set('k', 'v', () => events.push('set'));
client.on('connect', () => events.push('connect'));
client.on('ready', () => events.push('ready'));
const app = express();
app.get('/health', (req, res) => res.json({ events }));
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
"""


def answers(source, env=None):
    with tempfile.TemporaryDirectory() as tmp, redis_server() as url:
        (Path(tmp) / "app.js").write_text(source)
        redis.Redis.from_url(url).flushall()
        with NodeService(tmp, url, env=env) as base:
            node = [httpx.get(base + "/health", timeout=20).json() for _ in range(2)]
    with LiquefyStack(nodes=["rev1", "rev2"]) as stack:
        stack.deploy("rev", {"app.js": source.encode()})
        liquid = [httpx.get(stack.url("rev", "/health"), timeout=20).json() for _ in range(2)]
    return node, liquid


def test_node_redis_4_emits_connect_and_ready_before_connect_settles():
    node, liquid = answers(V4, env={"NODE_OPTIONS": f"--require {PRELOAD_V4}"})
    assert node[0] == {"ready": True, "events": ["connect", "ready", "connected"], "pong": "PONG"}
    assert liquid == node


def test_node_redis_3_emits_them_after_the_code_that_made_the_client():
    node, liquid = answers(V3)
    assert node[0] == {"events": ["connect", "ready", "set"]}
    assert liquid == node
