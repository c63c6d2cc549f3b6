"""ioredis's scan streams (`scanStream`, `sscanStream`, `hscanStream`, `zscanStream`) under `for await`, as
ioredis 6 answers on Node.js: each chunk an array (keys, members, field/value or member/score pairs), every
item once when the chunks are flattened, MATCH and COUNT, a set large enough that SSCAN takes several
cursors, a `break` closing the stream, their 'data' and 'end' events (a listener counting chunks in a
module variable, one resolving a promise), a client with a `keyPrefix` (MATCH not prefixed, keys returned whole).
(They were refused, so fresh27e-ioredis-scan-stream failed every request using them.)"""
import tempfile
from pathlib import Path

import httpx
import pytest
import redis

from tests.support.nodejs import NodeService, redis_server
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SOURCE = """
const express = require('express');
const Redis = require('ioredis');
const redis = new Redis(process.env.REDIS_URL);
const prefixed = new Redis(process.env.REDIS_URL, { keyPrefix: 'pre:' });
const app = express();
const seen = [];
async function flat(stream) {
  const out = [];
  let chunks = 0, arrays = true;
  for await (const chunk of stream) { chunks++; arrays = arrays && Array.isArray(chunk); out.push(...chunk); }
  return { items: out, arrays, some: chunks > 0 };
}
app.get('/fill', async (req, res) => {
  await redis.sadd('st:big', Array.from({ length: 300 }, (_, i) => 'm' + i));
  await redis.hset('st:h', { a: '1', b: '2', c: '3' });
  await redis.zadd('st:z', 1, 'x', 2.5, 'y');
  for (const k of ['st:k1', 'st:k2', 'st:k3']) await redis.set(k, 'v');
  await prefixed.set('p1', 'v');
  res.json('ok');
});
app.get('/scan', async (req, res) => {
  const keys = await flat(redis.scanStream({ match: 'st:k*', count: 2 }));
  let first = null;
  for await (const chunk of redis.scanStream({ match: 'st:*' })) { first = typeof chunk; break; }
  const big = await flat(redis.sscanStream('st:big', { count: 10 }));
  const h = await flat(redis.hscanStream('st:h'));
  const z = await flat(redis.zscanStream('st:z'));
  const pre = await flat(prefixed.scanStream({ match: 'pre:*' }));
  const preH = await flat(prefixed.hscanStream('nothing'));
  seen.push(keys.items.length);
  res.json({ keys: keys.items.sort(), arrays: keys.arrays && big.arrays, first, big: big.items.length,
             distinct: new Set(big.items).size, h: h.items, z: z.items, pre: pre.items, preH, seen });
});
let chunksSeen = 0;
app.get('/events', (req, res) => {
  const keys = [];
  const stream = redis.scanStream({ match: 'st:k*', count: 2 });
  stream.on('data', (chunk) => { chunksSeen++; keys.push(...chunk); });
  stream.on('end', () => res.json({ keys: keys.sort(), counted: chunksSeen > 0, arrays: Array.isArray(keys) }));
});
app.get('/events-promise', async (req, res) => {
  const before = chunksSeen;
  const keys = await new Promise((resolve, reject) => {
    const found = [];
    const s = redis.sscanStream('st:big', { count: 10 });
    s.on('data', (c) => { chunksSeen++; found.push(...c); });
    s.on('end', () => resolve(found));
    s.on('error', reject);
  });
  res.json({ n: keys.length, distinct: new Set(keys).size, several: chunksSeen - before > 1 });
});
module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
"""

PATHS = ["/fill", "/scan", "/scan", "/events", "/events-promise", "/events"]


def test_scan_streams_answer_as_ioredis():
    with tempfile.TemporaryDirectory() as tmp, redis_server() as url:
        (Path(tmp) / "app.js").write_text(SOURCE)
        redis.Redis.from_url(url).flushall()
        with NodeService(tmp, url) as base:
            expected = [httpx.get(base + p, timeout=20).json() for p in PATHS]
    with LiquefyStack(nodes=["iscan1", "iscan2"]) as stack:
        stack.deploy("iscan", {"app.js": SOURCE.encode()})
        got = [httpx.get(stack.url("iscan", p), timeout=20).text for p in PATHS]
        print(stack.log_of("iscan1")[-3000:])
    assert expected[1]["big"] == 300 and expected[1]["keys"] == ["st:k1", "st:k2", "st:k3"]
    assert [__import__("json").loads(g) for g in got] == expected
