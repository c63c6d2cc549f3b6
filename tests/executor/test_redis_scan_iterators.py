"""node-redis 4's scan iterators (`scanIterator`, `hScanIterator`, `sScanIterator`, `zScanIterator`) under
`for await`, as node-redis 4 answers on Node.js: every item once, a `break` closing the iterator, a set large
enough that SSCAN takes several cursors, iterators driven by hand with `next()` and `return()`. (They were
refused, so fresh25a-scan-notes failed every request using them.)"""
import tempfile
from pathlib import Path

import httpx
import pytest
import redis

from tests.support.nodejs import NodeService, redis_server
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

PRELOAD_V4 = Path(__file__).resolve().parents[1] / "support" / "redis4.js"

SOURCE = """
const express = require('express');
const { createClient } = require('redis');
const client = createClient({ url: process.env.REDIS_URL });
client.connect();
const app = express();
const seen = [];
app.get('/fill', async (req, res) => {
  const members = Array.from({ length: 300 }, (_, i) => 'm' + i);
  await client.sAdd('it:big', members);
  await client.hSet('it:h', { a: '1', b: '2', c: '3' });
  await client.zAdd('it:z', [{ score: 1, value: 'x' }, { score: 2.5, value: 'y' }]);
  for (const k of ['it:k1', 'it:k2', 'it:k3']) await client.set(k, 'v');
  res.json('ok');
});
app.get('/scan', async (req, res) => {
  const keys = [];
  for await (const key of client.scanIterator({ MATCH: 'it:k*', COUNT: 2 })) keys.push(key);
  let first = null, looked = 0;
  for await (const key of client.scanIterator({ MATCH: 'it:*' })) { looked++; first = typeof key; break; }
  const big = [];
  for await (const m of client.sScanIterator('it:big', { COUNT: 10 })) big.push(m);
  const tuples = [];
  for await (const t of client.hScanIterator('it:h')) tuples.push(t);
  const zs = [];
  for await (const z of client.zScanIterator('it:z')) zs.push(z);
  seen.push(keys.length);
  res.json({ keys: keys.sort(), looked, first, big: big.length, distinct: new Set(big).size,
             tuples: tuples.sort((a, b) => a.field.localeCompare(b.field)), zs: zs.sort((a, b) => a.score - b.score),
             seen });
});
app.get('/by-hand', async (req, res) => {
  const it = client.hScanIterator('it:h');
  const a = await it.next();
  const b = await it.next();
  const closed = await it.return('stop');
  const after = await it.next();
  const empty = await client.sScanIterator('it:none').next();
  res.json({ a: typeof a.value, done: [a.done, b.done, closed.done, after.done, empty.done], closed: closed.value,
             self: it[Symbol.asyncIterator]() === it });
});
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
"""

PATHS = ["/fill", "/scan", "/scan", "/by-hand"]


def test_scan_iterators_answer_as_node_redis_4():
    with tempfile.TemporaryDirectory() as tmp, redis_server() as url:
        (Path(tmp) / "app.js").write_text(SOURCE)
        redis.Redis.from_url(url).flushall()
        with NodeService(tmp, url, env={"NODE_OPTIONS": f"--require {PRELOAD_V4}"}) as base:
            expected = [httpx.get(base + p, timeout=20).json() for p in PATHS]
    with LiquefyStack(nodes=["rscan1", "rscan2"]) as stack:
        stack.deploy("rscan", {"app.js": SOURCE.encode()})
        got = [httpx.get(stack.url("rscan", p), timeout=20).json() for p in PATHS]
    assert expected[1]["big"] == 300 and expected[1]["keys"] == ["it:k1", "it:k2", "it:k3"]
    assert got == expected
