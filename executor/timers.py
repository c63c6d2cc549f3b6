"""Firing the services' timers on time.

A project's timers are members of its sorted set `p:timers` (score: when each is
due) with the message to post in its hash `p:timerdata`; the global sorted set
`flx:timers` (keys.TIMER_INDEX) holds, per project with timers, a time no later than
its earliest timer. Each node runs a clock thread that sleeps until the earliest
due time it knows of, then, for each project due in the index, moves every due
timer's message to its queue in one atomic script over that project's keys (so a
timer fires once however many clocks race for it, and on a Redis Cluster the
script stays in the project's slot): the script names the queues in its KEYS,
which the clock reads first. The clock then sets the project's index entry to its
next timer (or removes it), and reads the project's earliest timer again: one
stored meanwhile is indexed by whoever stored it after storing it (`index`), or
seen by that second read. A node that died between storing a timer and indexing
it leaves it to the sweep every clock makes every SWEEP_MS.

The clock cannot lean on a BLPOP timeout to wake up: Redis checks those only
about every 100 ms (its `hz`), which made a 1 ms timer fire up to 100 ms late and
lose a `Promise.race` to a 30 ms one. A node that adds a timer tells its own
clock; timers of other nodes are seen when a clock fires (the index gives the
next due time) or at the latest by the periodic poll.
"""
import json
import logging
import threading
import time

import redis

from . import keys, redis_client
from .scripts import FIRE_TIMERS

log = logging.getLogger("liquefy.timers")


BATCH = 100  # timers fired per script
PROJECTS_PER_ROUND = 100
SWEEP_MS = 10_000


def now_ms():
    return int(time.time() * 1000)


class TimerClock:
    """A thread that fires due timers; `expect(due_ms)` wakes it earlier."""

    def __init__(self, redis_url, name, poll_ms=500):
        self.r = redis_client.connect(redis_url, decode_responses=True)
        self.fire = self.r.register_script(FIRE_TIMERS)
        self.poll_ms = poll_ms
        self.next_due = None  # the earliest due time known
        self.told = None  # the earliest due time told of since the last firing began
        self.changed = threading.Condition()
        self.stopping = False
        self.thread = threading.Thread(target=self.run, name=f"liquefy-timers-{name}", daemon=True)

    def start(self):
        self.thread.start()

    def stop(self):
        with self.changed:
            self.stopping = True
            self.changed.notify()

    def expect(self, due_ms):
        """A timer due at due_ms was just stored."""
        with self.changed:
            self.told = due_ms if self.told is None else min(self.told, due_ms)
            if self.next_due is None or due_ms < self.next_due:
                self.next_due = due_ms
                self.changed.notify()

    def run(self):
        last_fire = last_sweep = 0
        while True:
            with self.changed:
                if self.stopping:
                    return
                wake_at = last_fire + self.poll_ms
                if self.next_due is not None:
                    wake_at = min(wake_at, self.next_due)
                wait_s = (wake_at - now_ms()) / 1000
                if wait_s > 0:
                    self.changed.wait(wait_s)
                    continue  # woken early (a nearer timer, a stop) or on time: look again
                self.told = None
            last_fire = now_ms()
            if last_fire - last_sweep >= SWEEP_MS:
                self.guarded(sweep, self.r)
                last_sweep = last_fire
            self.guarded(self.fire_due)

    def guarded(self, step, *args):
        try:
            step(*args)
        except redis.RedisError:
            log.warning("timers: Redis unreachable; retrying")
            time.sleep(1)
        except Exception:  # noqa: BLE001 - the clock must outlive any one failure
            log.exception("timers: firing failed; retrying")
            time.sleep(1)

    def fire_due(self):
        now = now_ms()
        slugs = self.r.zrangebyscore(keys.TIMER_INDEX, "-inf", now, start=0, num=PROJECTS_PER_ROUND)
        more = False
        for slug in slugs:
            more = self.fire_project(slug, now) or more
        first = self.r.zrange(keys.TIMER_INDEX, 0, 0, withscores=True)
        with self.changed:
            next_due = now_ms() if more or len(slugs) == PROJECTS_PER_ROUND else int(first[0][1]) if first else None
            # a timer told of while firing may be missing from the index read
            candidates = [d for d in (next_due, self.told) if d]
            self.next_due = min(candidates) if candidates else None

    def fire_project(self, slug, now):
        """Fires the project's due timers; True when more are due already."""
        timers, data = keys.timers(slug), keys.timer_data(slug)
        due = self.r.zrangebyscore(timers, "-inf", now, start=0, num=BATCH)
        records = self.r.hmget(data, due) if due else []
        fire, queues, broken = [], [], []
        for member, raw in zip(due, records):
            unit = unit_of(slug, raw)
            if unit is None:  # a record that is not what a node writes is dropped, never fails the others
                broken.append(member)
            else:
                fire.append(member)
                queues += [keys.queue(slug, unit), keys.bell(slug, unit)]
        if broken:
            pipe = self.r.pipeline(transaction=True)
            pipe.zrem(timers, *broken)
            pipe.hdel(data, *broken)
            pipe.execute()
        fired, next_due = self.fire(keys=[timers, data] + queues, args=[now] + fire) if fire else (0, None)
        if not fire:
            first = self.r.zrange(timers, 0, 0, withscores=True)
            next_due = first[0][1] if first else None
        reindex(self.r, slug, next_due)
        return len(due) == BATCH


def unit_of(slug, raw):
    """The unit whose queue a timer's record posts to, if the record is well formed and the queue the project's."""
    try:
        record = json.loads(raw or "")
    except ValueError:
        return None
    queue = record.get("queue") if isinstance(record, dict) else None
    prefix = keys.queue(slug, "")
    ok = isinstance(queue, str) and queue.startswith(prefix) and isinstance(record.get("message"), str)
    return queue[len(prefix):] if ok else None


def reindex(r, slug, next_due):
    """The project's index entry after a firing: its next timer, or none; then its earliest timer
    read again, in case one was stored (and indexed) between the firing and this."""
    if next_due:
        r.zadd(keys.TIMER_INDEX, {slug: int(float(next_due))})
    else:
        r.zrem(keys.TIMER_INDEX, slug)
    first = r.zrange(keys.timers(slug), 0, 0, withscores=True)
    if first:
        r.zadd(keys.TIMER_INDEX, {slug: int(first[0][1])}, lt=True)


def index(r, dues):
    """Indexes timers just stored ({slug: earliest due time}): after they are stored."""
    pipe = r.pipeline(transaction=False)
    for slug, due in dues.items():
        pipe.zadd(keys.TIMER_INDEX, {slug: due}, lt=True)
    pipe.execute()


def sweep(r):
    """Indexes every running project's earliest timer (one a node stored and died before indexing)."""
    slugs = sorted(r.smembers(keys.PROJECTS))
    pipe = r.pipeline(transaction=False)
    for slug in slugs:
        pipe.zrange(keys.timers(slug), 0, 0, withscores=True)
    firsts = {slug: int(first[0][1]) for slug, first in zip(slugs, pipe.execute()) if first}
    if firsts:
        index(r, firsts)
