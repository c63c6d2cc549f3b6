"""A node's wait for work on a Redis Cluster.

On one server a node waits with one BLPOP on the bells of all its queues and its
wake list (executor/node.py). A cluster refuses a BLPOP over keys of several slots,
and each project's keys are in a slot of their own (keys.py: the `{slug}` hash tag).
So there a thread per project waits (BLPOP) on that project's bells, and one on the
node's wake list; the node loop takes what they found from a local queue. A thread
that found a token waits until the node loop comes back for more before it waits
again, so it never takes tokens ahead of the loop (a queue's bell keeps a token
while the queue holds messages: node.py's TAKE script). When the bells a thread must
wait on change (a unit moved here or away), a token in the project's nudge list for
the node (keys.nudge), among the keys it waits on, makes it wait again on the new ones
at once; a token it took from a bell no longer the node's goes back (node.py).
"""
import logging
import queue
import threading
import time

import redis

from . import keys
from .keys import slug_of_key

log = logging.getLogger("liquefy.node")

WAIT_S = 1  # one BLPOP of a waiter: it sees changes of its bells at least this often


class Waiter(threading.Thread):
    """Waits on one slot's keys, handing each token found to the node loop."""

    def __init__(self, r, name, keys_, found, nudge=None):
        super().__init__(daemon=True, name=name)
        self.r, self.keys, self.found, self.nudge = r, keys_, found, nudge
        self.resume = threading.Event()  # set: the loop took what this one found
        self.resume.set()
        self.done = False

    def run(self):
        while not self.done:
            self.resume.wait()
            if self.done:
                return
            try:
                item = self.r.blpop(list(self.keys) + ([self.nudge] if self.nudge else []), timeout=WAIT_S)
            except redis.RedisError:
                log.warning("%s: waiting on Redis failed; retrying", self.name)
                time.sleep(1)
                continue
            if item is not None and item[0] != self.nudge:
                self.resume.clear()
                self.found.put((self, item))


class ClusterBells:
    def __init__(self, r, node):
        self.r, self.node = r, node
        self.found = queue.Queue()
        self.waiters = {}  # slug (or the wake key) -> its Waiter
        self.taken = []  # waiters whose find the loop took: they wait again at the next call

    def wait(self, bells, wake, timeout):
        """(key, value) of a bell or the wake list that had a token, or None after `timeout` s."""
        for waiter in self.taken:
            waiter.resume.set()
        self.taken = []
        groups = {wake: [wake]}
        for bell in bells:
            groups.setdefault(slug_of_key(bell), []).append(bell)
        self.sync(groups)
        try:
            waiter, item = self.found.get(timeout=timeout)
        except queue.Empty:
            return None
        self.taken.append(waiter)
        return item

    def sync(self, groups):
        for slot, waiter in list(self.waiters.items()):
            if slot not in groups:
                waiter.done = True
                waiter.resume.set()
                self.wake_up(waiter)
                del self.waiters[slot]
        for slot, keys_ in groups.items():
            waiter = self.waiters.get(slot)
            if waiter is None:
                nudge = None if slot in keys_ else keys.nudge(slot, self.node)  # (the wake list's: none)
                waiter = self.waiters[slot] = Waiter(self.r, f"liquefy-bells-{self.node}-{slot}", keys_, self.found,
                                                     nudge)
                if nudge:
                    self.r.delete(nudge)
                waiter.start()
            else:
                changed = set(waiter.keys) != set(keys_)
                waiter.keys = keys_  # (in the order the fair scheduling gives)
                if changed:
                    self.wake_up(waiter)

    def wake_up(self, waiter):
        """Ends the waiter's BLPOP now: it waits again on its keys as they are now (or stops)."""
        if waiter.nudge:
            self.r.rpush(waiter.nudge, "1")

    def stop(self):
        self.sync({})
