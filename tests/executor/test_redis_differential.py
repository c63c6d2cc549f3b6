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
from tests.support.nodejs import NodeService, redis_server
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
