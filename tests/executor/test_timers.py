"""executor/timers.py: the clock that moves due timers to their queues, on a real Redis."""
import json
import os

import pytest
import redis

from executor import keys
from executor import timers
from executor.scripts import PENDING_MAX_MS
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
    client.delete(keys.timers(SLUG), keys.timer_data(SLUG), QUEUE)
    client.zrem(keys.TIMER_INDEX, SLUG)


def store_timer(client, timer_id, due, repeat_ms=0, indexed=True):
    """A timer as a node stores it: in the project's keys, then in the index."""
    client.hset(keys.timer_data(SLUG), timer_id,
                json.dumps({"queue": QUEUE, "message": timer_id, "repeat_ms": repeat_ms}))
    client.zadd(keys.timers(SLUG), {timer_id: due})
    if indexed:
        timers.index(client, {SLUG: due})
    return timer_id


def due_again(client, timer_id):
    due = now_ms() - 1
    client.zadd(keys.timers(SLUG), {timer_id: due})
    timers.index(client, {SLUG: due})


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
    assert r.zscore(keys.TIMER_INDEX, SLUG) == now + 60_000  # the project's next timer: "future"
    (_, earliest), = r.zrange(keys.TIMER_INDEX, 0, 0, withscores=True)  # another project's, if a test left one
    assert c.next_due == int(earliest) <= now + 60_000


def test_an_interval_is_stored_again(r, clock):
    c = clock(poll_ms=600_000)
    member = store_timer(r, "tick", now_ms() - 1, repeat_ms=250)
    before = now_ms()
    c.fire_due()
    assert r.lrange(QUEUE, 0, -1) == ["tick"]
    assert before + 250 <= r.zscore(keys.timers(SLUG), member) <= now_ms() + 250
    assert r.hexists(keys.timer_data(SLUG), member)
    assert r.zscore(keys.TIMER_INDEX, SLUG) == r.zscore(keys.timers(SLUG), member)


def test_an_interval_does_not_fire_again_before_its_last_firing_ran(r, clock):
    """Node.js runs no second callback of an interval it is late for: a firing still queued
    (a slow unit) holds the next back, until the node that runs it removes ID#pending
    (executor/effects.py); otherwise firings queued behind it ran after the clearInterval
    their callback made (unseen-startup-jobs counted 12 ticks where Node.js stops at 5)."""
    c = clock(poll_ms=600_000)
    member = store_timer(r, "tick", now_ms() - 1, repeat_ms=1)
    c.fire_due()
    due_again(r, member)  # its firing still queued
    c.fire_due()
    assert r.lrange(QUEUE, 0, -1) == ["tick"]
    r.hdel(keys.timer_data(SLUG), keys.timer_pending(member))  # the firing ran
    due_again(r, member)
    c.fire_due()
    assert r.lrange(QUEUE, 0, -1) == ["tick", "tick"]
    # a firing that never ran (its message dropped) holds the interval back for a while only
    r.hset(keys.timer_data(SLUG), keys.timer_pending(member), now_ms() - PENDING_MAX_MS - 1)
    due_again(r, member)
    c.fire_due()
    assert r.lrange(QUEUE, 0, -1) == ["tick", "tick", "tick"]


def test_each_firing_of_an_interval_is_a_message_with_its_own_id(r, clock):
    """What a firing makes is named after its message's id (a setTimeout it sets: the id and a
    count): with one id for every firing, the timeouts of five firings were one, each replacing
    the one before (an interval that sets a timeout each time ran only the last of them)."""
    c = clock(poll_ms=600_000)
    text = json.dumps({"id": "m1", "k": "call", "unit": "u1", "fn": {"$": "flx", "id": "tick"}, "args": [],
                       "timer": "m0.1"})
    r.hset(keys.timer_data(SLUG), "m0.1", json.dumps({"queue": QUEUE, "message": text, "repeat_ms": 1}))
    due = now_ms() - 2
    r.zadd(keys.timers(SLUG), {"m0.1": due})
    timers.index(r, {SLUG: due})
    c.fire_due()
    r.hdel(keys.timer_data(SLUG), keys.timer_pending("m0.1"))  # the firing ran
    second = now_ms() - 1
    r.zadd(keys.timers(SLUG), {"m0.1": second})
    timers.index(r, {SLUG: second})
    c.fire_due()
    fired = [json.loads(m) for m in r.lrange(QUEUE, 0, -1)]
    assert [m["id"] for m in fired] == [f"m1@{due}", f"m1@{second}"]
    assert all(dict(m, id="m1") == json.loads(text) for m in fired)


def test_a_timeout_fires_once(r, clock):
    c = clock(poll_ms=600_000)
    member = store_timer(r, "once", now_ms() - 1)
    c.fire_due()
    c.fire_due()
    assert r.lrange(QUEUE, 0, -1) == ["once"]
    assert r.zscore(keys.timers(SLUG), member) is None and not r.hexists(keys.timer_data(SLUG), member)
    assert r.zscore(keys.TIMER_INDEX, SLUG) is None  # no timer left: out of the index


def test_a_timer_told_of_while_firing_is_not_forgotten(r, clock):
    c = clock(poll_ms=600_000)
    due = now_ms() + 60_000
    c.expect(due)  # told of, but its ZADD is not in Redis when the script looks
    c.fire_due()
    assert c.next_due == due


def test_a_timer_stored_while_its_project_fires_is_indexed(r):
    """The index entry a firing sets (its next timer, here none) is corrected by the project's
    earliest timer read again: one stored and indexed meanwhile is not lost."""
    r.zadd(keys.TIMER_INDEX, {SLUG: now_ms() - 1})  # a project whose last timer a clock just fired
    later = now_ms() + 60_000
    store_timer(r, "meanwhile", later, indexed=False)  # stored after the script ran, indexed before the reset
    timers.reindex(r, SLUG, None)  # the script found no timer left
    assert r.zscore(keys.TIMER_INDEX, SLUG) == later


def test_the_sweep_indexes_a_timer_its_node_did_not(r, clock):
    """A node that died between storing a timer and indexing it: the clocks' sweep finds it."""
    r.sadd(keys.PROJECTS, SLUG)
    try:
        store_timer(r, "orphan", now_ms() - 1, indexed=False)
        c = clock(poll_ms=600_000)
        c.fire_due()
        assert r.llen(QUEUE) == 0
        timers.sweep(r)
        c.fire_due()
        assert r.lrange(QUEUE, 0, -1) == ["orphan"]
    finally:
        r.srem(keys.PROJECTS, SLUG)


def test_a_record_that_posts_outside_its_project_is_dropped(r, clock):
    c = clock(poll_ms=600_000)
    r.hset(keys.timer_data(SLUG), "evil", json.dumps({"queue": keys.queue("other", "u1"), "message": "x"}))
    r.zadd(keys.timers(SLUG), {"evil": now_ms() - 1})
    store_timer(r, "good", now_ms() - 1)
    c.fire_due()
    assert r.lrange(QUEUE, 0, -1) == ["good"]
    assert r.llen(keys.queue("other", "u1")) == 0 and not r.hexists(keys.timer_data(SLUG), "evil")
