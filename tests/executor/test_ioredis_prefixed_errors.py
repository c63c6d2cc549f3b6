"""An ioredis client with a `keyPrefix`: a failed command's error shows the command as ioredis sent it, its keys
with the prefix (`err.command.args`), alone, with a callback and in a pipeline, as ioredis 6 does on Node.js.
Liquefy's showed the keys without it (found writing the fresh25a round: executor/kv.py `client_args`)."""
import tempfile
from pathlib import Path

import httpx
import pytest
import redis

from tests.support.nodejs import NodeService, redis_server
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

APP = """
const express = require('express');
const Redis = require('ioredis');
const redis = new Redis(process.env.REDIS_URL, { keyPrefix: 'p3:' });
const plain = new Redis(process.env.REDIS_URL);
const app = express();
const desc = (e) => e && ({ name: e.name, msg: e.message, command: e.command });
app.get('/probe', async (req, res) => {
  const out = {};
  await redis.set('s', 'x');
  try { await redis.hget('s', 'f'); } catch (e) { out.single = desc(e); }
  try { await plain.hget('p3:s', 'f'); } catch (e) { out.plain = desc(e); }
  out.cb = await new Promise((resolve) => redis.lpush('s', 'a', (err) => resolve(desc(err))));
  out.pipe = (await redis.pipeline().incr('s').get('s').hset('s', 'a', 'b').exec()).map(([e, v]) => [desc(e), v]);
  out.multi = (await redis.multi().incr('s').get('s').exec()).map(([e, v]) => [desc(e), v]);
  res.json(out);
});
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
"""


def test_a_key_prefixed_clients_errors_show_the_keys_it_sent():
    with tempfile.TemporaryDirectory() as tmp, redis_server() as url:
        (Path(tmp) / "app.js").write_text(APP)
        redis.Redis.from_url(url).flushall()
        with NodeService(tmp, url) as base:
            expected = httpx.get(base + "/probe", timeout=20).json()
    with LiquefyStack(nodes=["rpx1", "rpx2"]) as stack:
        stack.deploy("rpx", {"app.js": APP.encode()})
        got = httpx.get(stack.url("rpx", "/probe"), timeout=20).json()
    assert expected["single"]["command"] == {"name": "hget", "args": ["p3:s", "f"]}
    assert got == expected
