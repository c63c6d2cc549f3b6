"""Which queue a node serves next: projects take fair turns by the time they used.

A node takes its work with one BLPOP over its queues, and Redis pops from the
first non-empty key in the order given: that order is the schedule. Projects
come by virtual time, the node time each has used (start-time fair queuing),
and a project's units take turns. So a project that keeps its queues busy (a
few self-rescheduling `setImmediate` chains) gets its share of the node while
others have work, and the whole node when none has; a project that was idle
starts at most CREDIT_MS ahead of the busiest, so it cannot save up its turns.
"""
CREDIT_MS = 1000.0
MIN_CHARGE_MS = 0.1  # even the cheapest message costs its turn


class FairQueues:
    def __init__(self):
        self.used_ms = {}    # slug -> virtual time
        self.next_unit = {}  # slug -> which of its queues goes first next time

    def order(self, queues):
        """The keys of `queues` ({slug: [queue key, ...]}) in the order to serve them."""
        if not queues:
            return []
        lead = max(self.used_ms.get(slug, 0.0) for slug in queues)
        for slug in queues:
            self.used_ms[slug] = max(self.used_ms.get(slug, 0.0), lead - CREDIT_MS)
        ordered = []
        for slug in sorted(queues, key=lambda s: (self.used_ms[s], s)):
            units = queues[slug]
            first = self.next_unit.get(slug, 0) % len(units)
            ordered.extend(units[first:] + units[:first])
        return ordered

    def served(self, slug, queue, ms, queues):
        """`queue` of `slug` was served for `ms` of node time."""
        self.used_ms[slug] = self.used_ms.get(slug, 0.0) + max(ms, MIN_CHARGE_MS)
        units = queues.get(slug, ())
        if queue in units:
            self.next_unit[slug] = units.index(queue) + 1

    def forget(self, live_slugs):
        for table in (self.used_ms, self.next_unit):
            for slug in [s for s in table if s not in live_slugs]:
                del table[slug]
