"""Live load: what the nodes and the gateway measure.

Collection is cheap: a node adds each message to counters in memory and flushes
them once a second into the hash of that second (`flx:m:<second>`); the gateway
does the same for each request (per route, with its status). The metrics loop
(executor/monitor.py) turns each second into one frame per project.
"""
import math
import threading
import time
from collections import defaultdict

from . import keys

BUCKET_BASE_MS, BUCKET_RATIO, BUCKETS = 0.1, 1.25, 64


def bucket(ms):
    """Latency histogram bucket: 25% wide, from 0.1 ms up."""
    if ms <= BUCKET_BASE_MS:
        return 0
    return min(BUCKETS - 1, int(math.ceil(math.log(ms / BUCKET_BASE_MS) / math.log(BUCKET_RATIO))))


def bucket_value(k):
    """A representative latency for bucket k (geometric middle)."""
    if k == 0:
        return BUCKET_BASE_MS
    return BUCKET_BASE_MS * BUCKET_RATIO ** (k - 0.5)


def percentile(buckets, q):
    total = sum(buckets.values())
    if not total:
        return None
    rank = q * total
    seen = 0
    for k in sorted(buckets):
        seen += buckets[k]
        if seen >= rank:
            return round(bucket_value(k), 3)
    return round(bucket_value(max(buckets)), 3)


class Counters:
    """Numbers added up in memory and flushed into the current second's hash."""

    def __init__(self):
        self.lock = threading.Lock()
        self.values = defaultdict(float)
        self.gauges = {}

    def add(self, field, amount=1):
        with self.lock:
            self.values[field] += amount

    def set(self, field, value):
        with self.lock:
            self.gauges[field] = value

    def take(self):
        with self.lock:
            values, gauges = self.values, self.gauges
            self.values, self.gauges = defaultdict(float), {}
        return values, gauges

    def flush(self, r, second=None):
        values, gauges = self.take()
        if not values and not gauges:
            return
        key = keys.metrics_second(second or int(time.time()))
        pipe = r.pipeline(transaction=False)
        for field, amount in values.items():
            if float(amount).is_integer():
                pipe.hincrby(key, field, int(amount))
            else:
                pipe.hincrbyfloat(key, field, amount)
        for field, value in gauges.items():
            pipe.hset(key, field, value)
        pipe.expire(key, keys.METRICS_SECOND_TTL_S)
        pipe.execute()


class NodeMetrics(Counters):
    """What a node measures, per message: fluxion, stream, time, wait, errors, busy time."""

    def __init__(self, node_name, enabled=True):
        super().__init__()
        self.node = node_name
        self.enabled = enabled
        self.next_flush = 0

    def message(self, slug, message, ms, failed, invoked=()):
        """One message run: counted for the fluxions it ran (a router's message runs the
        route's handler here when it can), its time shared among them."""
        if not self.enabled:
            return
        ran = invoked or [(message.get("fx") or ("http" if message.get("k") == "http" else message.get("unit")),
                           message.get("src"))]
        waited = max(0.0, time.time() * 1000 - message.get("t", time.time() * 1000))
        share = ms / len(ran)
        with self.lock:
            v = self.values
            for fx, src in ran:
                prefix = f"{slug}|fx|{fx}|"
                v[prefix + "n"] += 1
                v[prefix + "ms"] += share
                v[prefix + "wait"] += waited
                v[prefix + f"b{bucket(share)}"] += 1
                v[prefix + f"node|{self.node}"] += 1
                if failed:
                    v[prefix + "err"] += 1
                if src:
                    v[f"{slug}|st|{src}>{fx}"] += 1
            v[f"node|{self.node}|n"] += 1
            v[f"node|{self.node}|busy"] += ms

    def posted(self, slug, src, count):
        if self.enabled and count:
            self.add(f"{slug}|out|{src}", count)

    def maybe_flush(self, r, heap_bytes=None):
        now = time.time()
        if now < self.next_flush:
            return
        if heap_bytes is not None:
            self.set(f"node|{self.node}|heap", heap_bytes)
        self.flush(r)
        self.next_flush = math.floor(now) + 1


def route_fields(slug, route, status, ms):
    prefix = f"{slug}|route|{route}|"
    return {prefix + "n": 1, prefix + "ms": ms, prefix + f"b{bucket(ms)}": 1, prefix + f"s{status}": 1}
