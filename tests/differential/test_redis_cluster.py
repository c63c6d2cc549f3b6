"""The executor on a Redis Cluster: the same answers as Node.js, while units move.

A cluster of three masters is started on this machine (tests/support/redis_cluster.py);
two nodes and the gateway keep the executor's state there (REDIS_URL redis+cluster://),
Celery's broker stays on the session's plain Redis (LIQUEFY_BROKER_URL). A stateful
service, services with their own Redis keys (node-redis 3 and 4), one with timers, one
with promises shared between messages and one writing files are replayed as under
Node.js while their stateful units move between the nodes. A cluster refuses a script or
transaction over keys of several slots, and a script touching a key it was not given:
each project's keys carry its hash tag (executor/keys.py), so all of them must be in one
slot, on one shard.
"""
import os
import time

import httpx
import pytest
import redis
from django.conf import settings
from redis.crc import key_slot

from executor import api, keys, redis_client
from executor.kv import KeyValue
from tests.support.moving import replay_while_moving
from tests.support.nodejs import SERVICES, comparable, load_requests, needs_redis, run_service
from tests.support.redis_cluster import redis_cluster
from tests.support.stack import LiquefyStack
from tests.support.waiting import wait_for

pytestmark = [pytest.mark.executor, pytest.mark.slow]

NODES = ["cl1", "cl2"]
ON_CLUSTER = ["shared-state", "redis-kv", "timers-chain", "redis-orders", "fresh-redis4-leaderboard", "shared-promises",
              "fs-notes"]


@pytest.fixture(scope="module")
def cluster():
    with redis_cluster() as found:
        yield found


@pytest.fixture(scope="module")
def stack(cluster):
    url, _ = cluster
    saved = settings.REDIS_URL
    settings.REDIS_URL = url  # this process too (api.deploy, api.place)
    try:
        with LiquefyStack(nodes=NODES, redis_url=url, metrics=True) as s:
            yield s
            for node in NODES:  # a step that failed on the cluster (a refused command) is logged
                log = (s.logdir / f"{node}.log").read_text(errors="replace")
                assert "step failed" not in log and "firing failed" not in log, log[-4000:]
            metrics = (s.logdir / "metrics.log").read_text(errors="replace")
            assert "metrics: " not in metrics, metrics[-4000:]  # a tick that failed
    finally:
        settings.REDIS_URL = saved


def shards_holding(cluster_ports, slug):
    """{port: the project's keys on that master}."""
    held = {}
    for port in cluster_ports:
        shard = redis.Redis(host="127.0.0.1", port=port, password="cluster-test", decode_responses=True)
        found = list(shard.scan_iter(keys.project(slug) + ":*", count=1000))
        if found:
            held[port] = found
    return held


@pytest.mark.parametrize("name", ON_CLUSTER)
def test_same_answers_on_a_redis_cluster_while_units_move(cluster, stack, redis_url, name):
    service = SERVICES / name
    redis.Redis.from_url(redis_url).flushdb()
    expected = run_service(service, redis_url if needs_redis(service) else None)
    slug = "cluster-" + name
    stack.deploy(slug, service, reset=True)
    liquid, moves = replay_while_moving(stack, slug, service, NODES)
    for request, want, got in zip(load_requests(service), expected, liquid):
        assert comparable(got) == comparable(want), f"{request['method']} {request['path']}"
    if any(info["stateful"] for info in api.placement(slug).values()):
        assert moves, "nothing moved during the replay"
    held = shards_holding(cluster[1], slug)
    assert len(held) == 1, f"the project's keys are on several shards: {held}"
    [project_keys] = held.values()
    assert {key_slot(k.encode()) for k in project_keys} == {key_slot(keys.meta(slug).encode())}



def test_the_metrics_loop_reads_a_cluster(stack):
    """The metrics loop's frames (routes counted by the gateway, nodes' heartbeats, queue
    depths) come from the cluster too."""
    stack.deploy("cluster-metrics", SERVICES / "shared-state", reset=True)
    started_ms = (int(time.time()) - 1) * 1000  # a frame's ts is the start of its second
    for _ in range(3):
        assert httpx.get(stack.url("cluster-metrics", "/stock"), timeout=10).status_code == 200

    def counted():
        frames = api.frames("cluster-metrics", since_ms=started_ms)
        return sum(f["routes"].get("GET /stock", {}).get("rate", 0) for f in frames) == 3 and frames[-1]
    frame = wait_for(counted, "three requests counted in the frames")
    assert {n for n, info in frame["nodes"].items() if info["alive"]} >= set(NODES)


COMMANDS = [("set", ["x", "1"]), ("mset", ["y", "2", "z", "3"]), ("incrby", ["x", "5"]), ("rpush", ["l", "a", "b"]),
            ("hset", ["h", "f", "v"]), ("hgetall", ["h"]), ("hgetall", ["nope"]), ("lrange", ["l", "0", "-1"]),
            ("keys", ["*"]), ("dbsize", []), ("exists", ["x", "y", "nope"]), ("del", ["y", "z"]),
            ("ping", ["a", "b", "c"]), ("echo", ["hi"])]
MULTI = [("incr", ["x"]), ("ping", []), ("rpush", ["l", "c"]), ("lrange", ["l", "0", "-1"])]


def own_commands(url, slug, mark):
    """A service's commands (executor/kv.py), in a message (`mark`: journaled in one script) or
    not (a MULTI transaction), with their replies as node-redis 3 gives them."""
    r = redis_client.raw_replies(redis_client.connect(url, decode_responses=True, protocol=2))
    prefix, used = keys.kv_prefix(slug), keys.kv_used(slug)
    kv = lambda at: KeyValue(r, prefix, used_key=used, quota_bytes=2 ** 20,  # noqa: E731
                             mark=(keys.journal(slug, "m"), f"s{at}") if mark else None)
    replies = [kv(at).run(cmd, args) for at, (cmd, args) in enumerate(COMMANDS)]
    replies.append(kv(len(COMMANDS)).multi(MULTI))
    replies.append(sorted(kv(0).run("keys", ["*"])[1]))
    replies.append(kv(0).run("flushdb", []))
    replies.append(kv(0).run("dbsize", []))
    return replies


@pytest.mark.parametrize("mark", [True, False], ids=["in-a-message", "alone"])
def test_a_services_own_redis_commands_answer_alike_on_a_cluster(cluster, mark):
    """The same replies from a cluster as from one server, the whole-database commands (KEYS,
    DBSIZE, FLUSHDB: a SCAN of the project's shard) included, for projects on each shard."""
    for slug in ("kv-one", "kv-two", "kv-three", "kv-four"):
        assert own_commands(cluster[0], slug, mark) == own_commands(os.environ["REDIS_URL"], slug, mark)
