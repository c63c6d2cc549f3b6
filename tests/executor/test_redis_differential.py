"""One script of node-redis calls, run by real node-redis under Node.js 20 and by
Liquefy's `redis` module on live nodes: every reply must be the same, with its
types (tests/executor/redis_scripts.py). The script calls every command the
runtime offers."""
import json
import tempfile
from pathlib import Path

import httpx
import pytest
import redis

from executor.runtime import vendor_redis4
from tests.executor import redis_scripts
from tests.support.nodejs import NODE, NodeService, redis_server
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

CHUNK = 25
PRELOAD_V4 = Path(__file__).resolve().parents[1] / "support" / "redis4.js"


def run_script(base_url, script):
    replies = []
    with httpx.Client(base_url=base_url, timeout=60) as client:
        for start in range(0, len(script), CHUNK):
            answer = client.get(f"/run/{start}/{start + CHUNK}")
            assert answer.status_code == 200, f"calls {start}..: {answer.status_code} {answer.text[:500]}"
            replies += answer.json()
    return replies


def under_node(source, script, env=None):
    with tempfile.TemporaryDirectory() as tmp, redis_server() as url:
        (Path(tmp) / "app.js").write_text(source)
        redis.Redis.from_url(url).flushall()
        with NodeService(tmp, url, env=env) as base:
            return run_script(base, script)


def under_liquefy(slug, source, script):
    with LiquefyStack(nodes=[f"{slug}1", f"{slug}2"]) as stack:
        stack.deploy(slug, {"app.js": source.encode()})
        return run_script(stack.url(slug), script)


def differences(script, expected, got):
    out = []
    for call, want, have in zip(script, expected, got):
        if want != have:
            out.append(f"{json.dumps(call[:2])}\n    node-redis: {json.dumps(want)}\n    Liquefy:    {json.dumps(have)}")
    return out


def test_the_v4_script_calls_every_offered_command():
    methods = vendor_redis4.method_names()
    offered = {m: name for name in vendor_redis4.OFFERED for m in methods[name]}
    called = {offered.get(call[0]) for call in redis_scripts.v4_script()}
    called |= {offered.get(m) for call in redis_scripts.v4_script() if call[0] == "multi" for m, _ in call[1]}
    assert set(vendor_redis4.OFFERED) - called == set()


def test_node_redis_4_replies_as_node_redis_4():
    script = redis_scripts.v4_script()
    source = redis_scripts.service_v4(script)
    expected = under_node(source, script, env={"NODE_OPTIONS": f"--require {PRELOAD_V4}"})
    got = under_liquefy("rdiff4", source, script)
    assert len(expected) == len(got) == len(script)
    wrong = differences(script, expected, got)
    assert not wrong, f"{len(wrong)} of {len(script)} replies differ:\n" + "\n".join(wrong)


def test_the_v3_script_calls_every_offered_command():
    from executor.kv import OFFERED
    known = set(json.loads((redis_scripts.NODE_DIR / "node_modules" / "redis-commands" / "commands.json").read_text()))
    script = redis_scripts.v3_script(NODE)
    called = {call[0] for call in script} | {m for call in script if call[0] == "multi" for m, _ in call[1]}
    assert (OFFERED & known) - called == set()


def test_node_redis_3_replies_as_node_redis_3():
    script = redis_scripts.v3_script(NODE)
    source = redis_scripts.service_v3(script)
    expected = under_node(source, script)
    got = under_liquefy("rdiff3", source, script)
    assert len(expected) == len(got) == len(script)
    wrong = differences(script, expected, got)
    assert not wrong, f"{len(wrong)} of {len(script)} replies differ:\n" + "\n".join(wrong)


def test_ioredis_replies_as_ioredis():
    """ioredis 6 over the same calls as node-redis 3 (Redis's own arguments, its
    names), plus what only ioredis does: MSET and HSET from an object or a Map."""
    script = redis_scripts.v3_script(NODE) + redis_scripts.IOREDIS_ONLY
    source = redis_scripts.service_ioredis(script)
    assert "new Redis(" in source and "out.command" in source
    expected = under_node(source, script)
    got = under_liquefy("rdiffio", source, script)
    assert len(expected) == len(got) == len(script)
    wrong = differences(script, expected, got)
    assert not wrong, f"{len(wrong)} of {len(script)} replies differ:\n" + "\n".join(wrong)


REFUSED = """
const express = require('express');
const redis = require('redis');
const app = express();
const v4 = redis.createClient({ url: process.env.REDIS_URL });
v4.connect();
const v3 = redis.createClient({ url: process.env.REDIS_URL });
const message = (e) => e.constructor.name + ': ' + e.message;
app.get('/v4', async (req, res) => {
  const out = [];
  for (const call of [() => v4.blPop('k', 0), () => v4.xRead({ key: 'x', id: '$' }, { BLOCK: 10 }),
                      () => v4.sendCommand(['SUBSCRIBE', 'c']), () => v4.eval('return 1')]) {
    try { await call(); out.push('answered'); } catch (e) { out.push(message(e)); }
  }
  try { v4.hScanNoValuesIterator('h'); out.push('answered'); } catch (e) { out.push(message(e)); }
  res.json(out);
});
app.get('/v3', (req, res) => {
  v3.blpop('k', 0, (err) => res.json([message(err)]));
});
const Redis = require('ioredis');
const io = new Redis(process.env.REDIS_URL);
app.get('/io', async (req, res) => {
  const out = [];
  for (const call of [() => io.blpop('k', 0), () => io.eval('return 1', 0), () => io.subscribe('c')]) {
    try { await call(); out.push('answered'); } catch (e) { out.push(message(e)); }
  }
  res.json(out);
});
module.exports = app;
"""


def test_commands_not_offered_fail_clearly():
    with LiquefyStack(nodes=["rref1"]) as stack:
        stack.deploy("rref", {"app.js": REFUSED.encode()})
        v4 = httpx.get(stack.url("rref", "/v4"), timeout=20).json()
        v3 = httpx.get(stack.url("rref", "/v3"), timeout=20).json()
        io = httpx.get(stack.url("rref", "/io"), timeout=20).json()
    docs = "(blocking, scripting, pub/sub, server and cluster commands are not: see docs/executor.md)"
    assert v4 == [f"Error: Liquefy: node-redis 4's blPop() is not available to services {docs}",
                  "ErrorReply: ERR Liquefy: XREAD with BLOCK is not available (a blocked command would hold a node)",
                  "ErrorReply: ERR Liquefy: the Redis command 'subscribe' is not available to services "
                  "(see docs/executor.md)",
                  f"Error: Liquefy: node-redis 4's eval() is not available to services {docs}",
                  f"Error: Liquefy: node-redis 4's hScanNoValuesIterator() is not available to services {docs}"]
    assert v3 == ["ReplyError: ERR Liquefy: the Redis command 'blpop' is not available to services "
                  "(see docs/executor.md)"]
    assert io == ["SimpleError: ERR Liquefy: the Redis command 'blpop' is not available to services "
                  "(see docs/executor.md)",
                  "SimpleError: ERR Liquefy: the Redis command 'eval' is not available to services "
                  "(see docs/executor.md)",
                  f"Error: Liquefy: ioredis's subscribe() is not available to services {docs}"]
