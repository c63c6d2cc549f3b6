"""executor/timers.py: the clock that moves due timers to their queues, on a real Redis."""
import json
import os

import pytest
import redis

from executor import keys
from executor.timers import TimerClock, now_ms

SLUG = "test-timers"
QUEUE = keys.queue(SLUG, "u1")


@pytest.fixture
def r():
    client = redis.Redis.from_url(os.environ["REDIS_URL"], decode_responses=True)
    clean(client)
    yield client
    clean(client)


def clean(client):
    members = [m for m in client.zrange(keys.TIMERS, 0, -1) if m.startswith(keys.timer_member(SLUG, ""))]
    if members:
        client.zrem(keys.TIMERS, *members)
        client.hdel(keys.TIMER_DATA, *members)
    client.delete(QUEUE)


def store_timer(client, timer_id, due, repeat_ms=0):
    member = keys.timer_member(SLUG, timer_id)
    client.hset(keys.TIMER_DATA, member, json.dumps({"queue": QUEUE, "message": timer_id, "repeat_ms": repeat_ms}))
    client.zadd(keys.TIMERS, {member: due})
    return member


@pytest.fixture
def clock():
    made = []

    def make(poll_ms):
        c = TimerClock(os.environ["REDIS_URL"], "test", poll_ms=poll_ms)
        made.append(c)
        return c
    yield make
    for c in made:
        c.stop()


def test_a_timer_told_of_wakes_the_clock(r, clock):
    c = clock(poll_ms=600_000)  # it would not look on its own during the test
    c.start()
    c.fire_due()  # let the thread settle into its long wait
    due = now_ms() + 20
    store_timer(r, "t1", due)
    c.expect(due)
    assert r.blpop([QUEUE], timeout=10) == (QUEUE, "t1")


def test_a_timer_stored_elsewhere_is_found_by_the_poll(r, clock):
    c = clock(poll_ms=50)
    c.start()
    store_timer(r, "t1", now_ms() + 10)  # another node's timer: this clock is not told
    assert r.blpop([QUEUE], timeout=10) == (QUEUE, "t1")


def test_due_timers_fire_in_due_order(r, clock):
    c = clock(poll_ms=600_000)
    now = now_ms()
    for timer_id, due in (("third", now - 1), ("first", now - 30), ("second", now - 10)):
        store_timer(r, timer_id, due)
    store_timer(r, "future", now + 60_000)
    c.fire_due()
    assert r.lrange(QUEUE, 0, -1) == ["first", "second", "third"]
    (_, earliest), = r.zrange(keys.TIMERS, 0, 0, withscores=True)  # "future", unless another test left one
    assert c.next_due == int(earliest) <= now + 60_000


def test_an_interval_is_stored_again(r, clock):
    c = clock(poll_ms=600_000)
    member = store_timer(r, "tick", now_ms() - 1, repeat_ms=250)
    before = now_ms()
    c.fire_due()
    assert r.lrange(QUEUE, 0, -1) == ["tick"]
    assert before + 250 <= r.zscore(keys.TIMERS, member) <= now_ms() + 250
    assert r.hexists(keys.TIMER_DATA, member)


def test_a_timeout_fires_once(r, clock):
    c = clock(poll_ms=600_000)
    member = store_timer(r, "once", now_ms() - 1)
    c.fire_due()
    c.fire_due()
    assert r.lrange(QUEUE, 0, -1) == ["once"]
    assert r.zscore(keys.TIMERS, member) is None and not r.hexists(keys.TIMER_DATA, member)


def test_a_timer_told_of_while_firing_is_not_forgotten(r, clock):
    c = clock(poll_ms=600_000)
    due = now_ms() + 60_000
    c.expect(due)  # told of, but its ZADD is not in Redis when the script looks
    c.fire_due()
    assert c.next_due == due
