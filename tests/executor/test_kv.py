"""executor/kv.py: replies and errors shaped as node-redis 3 gives them."""
import os

import pytest
import redis

from executor.kv import KeyValue


@pytest.fixture
def kv():
    r = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    store = KeyValue(r, "test-kv:")
    store.flush()
    yield store
    store.flush()


def test_error_keeps_the_err_prefix_redis_sent(kv):
    kv.run("set", ["color", "blue"])
    err, reply = kv.run("incr", ["color"])
    assert reply is None
    assert err["v"]["message"] == "ERR value is not an integer or out of range"
    assert err["v"]["code"] == "ERR" and err["v"]["command"] == "INCR" and err["v"]["args"] == ["color"]


def test_error_prefix_not_stripped_by_redis_py_stays(kv):
    kv.run("set", ["color", "blue"])
    err, _ = kv.run("hget", ["color", "x"])
    assert err["v"]["message"].startswith("WRONGTYPE Operation against a key holding the wrong kind of value")
    assert err["v"]["code"] == "WRONGTYPE"


def test_errors_inside_multi(kv):
    kv.run("hset", ["h", "f", "x"])
    err, replies = kv.multi([["hincrby", ["h", "f", "1"]], ["hget", ["h", "f"]]])
    assert err is None
    assert replies[0]["v"]["message"] == "ERR hash value is not an integer"
    assert replies[0]["v"]["code"] == "ERR"
    assert replies[1] == "x"


def test_sort_keeps_its_patterns_and_store_inside_the_project(kv):
    other = KeyValue(kv.r, "test-kv-other:")
    other.run("set", ["weight_b", "1"])
    other.run("set", ["name_b", "secret"])
    kv.run("rpush", ["ids", "b", "a"])
    kv.run("set", ["weight_a", "2"])
    kv.run("set", ["weight_b", "3"])
    kv.run("set", ["name_a", "apple"])
    err, reply = kv.run("sort", ["ids", "BY", "weight_*", "GET", "#", "GET", "name_*"])
    assert err is None and reply == ["a", "apple", "b", None]  # never the other project's name_b
    err, reply = kv.run("sort", ["ids", "BY", "nosort", "LIMIT", "0", "1", "ALPHA", "STORE", "sorted"])
    assert err is None and reply == 1
    assert kv.run("lrange", ["sorted", "0", "-1"]) == (None, ["b"])
    assert kv.r.exists("sorted") == 0 and kv.r.exists("test-kv:sorted") == 1
    other.flush()
