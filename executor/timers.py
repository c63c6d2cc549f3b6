"""Firing the services' timers on time.

A timer is a member of one sorted set (score: when it is due) with the message to
post in a hash. Each node runs a clock thread that sleeps until the earliest due
timer it knows of, then moves every due timer's message to its queue in one
atomic script (so a timer fires once however many clocks race for it).

The clock cannot lean on a BLPOP timeout to wake up: Redis checks those only
about every 100 ms (its `hz`), which made a 1 ms timer fire up to 100 ms late and
lose a `Promise.race` to a 30 ms one. A node that adds a timer tells its own
clock; timers of other nodes are seen when a clock fires (the script returns the
next due time) or at the latest by the periodic poll.
"""
import logging
import threading
import time

import redis

from . import keys

log = logging.getLogger("liquefy.timers")

FIRE_TIMERS = """
-- KEYS: timers zset, timer data hash; ARGV: now (ms), max count
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, member in ipairs(due) do
  redis.call('ZREM', KEYS[1], member)
  local raw = redis.call('HGET', KEYS[2], member)
  local ok, t = pcall(cjson.decode, raw or '')
  -- a record that is not what a node writes is dropped, never fails the others' timers
  if ok and type(t) == 'table' and type(t.queue) == 'string' and type(t.message) == 'string' then
    redis.call('RPUSH', t.queue, t.message)
    redis.call('RPUSH', (string.gsub(t.queue, ':q:', ':bell:', 1)), '1')  -- keys.bell of the same unit
    local every = tonumber(t.repeat_ms)
    if every and every > 0 then
      redis.call('ZADD', KEYS[1], tonumber(ARGV[1]) + every, member)
    else
      redis.call('HDEL', KEYS[2], member)
    end
  else
    redis.call('HDEL', KEYS[2], member)
  end
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {#due, first[2] or false}
"""

BATCH = 100


def now_ms():
    return int(time.time() * 1000)


class TimerClock:
    """A thread that fires due timers; `expect(due_ms)` wakes it earlier."""

    def __init__(self, redis_url, name, poll_ms=500):
        self.r = redis.Redis.from_url(redis_url, decode_responses=True)
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
        last_fire = 0
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
            self.fire_due()

    def fire_due(self):
        try:
            fired, next_due = self.fire(keys=[keys.TIMERS, keys.TIMER_DATA], args=[now_ms(), BATCH])
        except redis.RedisError:
            log.warning("timers: Redis unreachable; retrying")
            time.sleep(1)
            return
        except Exception:  # noqa: BLE001 - the clock must outlive any one failure
            log.exception("timers: firing failed; retrying")
            time.sleep(1)
            return
        with self.changed:
            if fired == BATCH:  # more are due already
                next_due = now_ms()
            elif next_due:
                next_due = int(float(next_due))
            # a timer told of while the script ran may be missing from its answer
            candidates = [d for d in (next_due, self.told) if d]
            self.next_due = min(candidates) if candidates else None
