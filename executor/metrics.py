"""Live load: what the nodes and the gateway measure, and the loop that turns it
into one frame per second per project.

Collection is cheap: a node adds each message to counters in memory and flushes
them once a second into the hash of that second (`flx:m:<second>`); the gateway
does the same for each request (per route, with its status). The metrics loop
(`python -m executor.metrics`, started by `make run`) reads the second that just
ended, adds queue depths, placement and heartbeats, keeps the frame for 15
minutes (`p:frames`) and pushes it to the browsers watching the project
(Channels group `metrics.<slug>`). It also runs the balancer of the projects
that turned it on (executor/balancer.py) and forwards events to the browsers.
"""
import json
import math
import os
import threading
import time
from collections import defaultdict

from . import events, keys

HISTORY = 900  # frames kept: 15 minutes at one per second
BUCKET_BASE_MS, BUCKET_RATIO, BUCKETS = 0.1, 1.25, 64
SECOND_TTL_S = 180


def second_key(second):
    return f"flx:m:{second}"


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
        key = second_key(second or int(time.time()))
        pipe = r.pipeline(transaction=False)
        for field, amount in values.items():
            if float(amount).is_integer():
                pipe.hincrby(key, field, int(amount))
            else:
                pipe.hincrbyfloat(key, field, amount)
        for field, value in gauges.items():
            pipe.hset(key, field, value)
        pipe.expire(key, SECOND_TTL_S)
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


# -- the loop -------------------------------------------------------------------

def build_frames(r, second, slugs):
    """{slug: frame} for one second."""
    raw = r.hgetall(second_key(second))
    per_project = defaultdict(lambda: defaultdict(dict))
    node_stats = defaultdict(dict)
    for field, value in raw.items():
        parts = field.split("|")
        if parts[0] == "node":
            node_stats[parts[1]][parts[2]] = float(value)
            continue
        slug, kind = parts[0], parts[1]
        if kind in ("fx", "route"):
            name, metric = parts[2], "|".join(parts[3:])
            per_project[slug][kind].setdefault(name, {})[metric] = float(value)
        elif kind == "st":
            per_project[slug]["streams"][parts[2]] = float(value)
        elif kind == "out":
            per_project[slug]["out"][parts[2]] = float(value)
    nodes = node_frame(r, node_stats)
    frames = {}
    for slug in slugs:
        data = per_project.get(slug, {})
        frames[slug] = {"ts": second * 1000, "slug": slug,
                        "fluxions": fluxion_frame(data.get("fx", {}), data.get("out", {})),
                        "streams": {k: v for k, v in data.get("streams", {}).items()},
                        "routes": route_frame(data.get("route", {})),
                        "nodes": nodes}
        add_placement(r, slug, frames[slug])
    return frames


def histogram(stats):
    return {int(k[1:]): v for k, v in stats.items() if k.startswith("b") and k[1:].isdigit()}


def fluxion_frame(stats, out):
    frame = {}
    for fx, s in stats.items():
        n = s.get("n", 0)
        b = histogram(s)
        frame[fx] = {"in": n, "out": out.get(fx, 0), "errors": s.get("err", 0),
                     "mean": round(s.get("ms", 0) / n, 3) if n else None,
                     "wait": round(s.get("wait", 0) / n, 3) if n else None,
                     "p50": percentile(b, 0.5), "p95": percentile(b, 0.95), "p99": percentile(b, 0.99),
                     "ran_on": {k[5:]: v for k, v in s.items() if k.startswith("node|")}}
    return frame


def route_frame(stats):
    frame = {}
    for route, s in stats.items():
        b = histogram(s)
        frame[route] = {"rate": s.get("n", 0), "p50": percentile(b, 0.5), "p95": percentile(b, 0.95),
                        "p99": percentile(b, 0.99),
                        "status": {k[1:]: v for k, v in s.items() if k.startswith("s") and k[1:].isdigit()}}
    return frame


def node_frame(r, stats):
    names = sorted(r.hkeys(keys.NODES))
    pipe = r.pipeline()
    for n in names:
        pipe.get(keys.alive(n))
    beats = pipe.execute()
    frame = {}
    for name, beat in zip(names, beats):
        s = stats.get(name, {})
        if beat is None and not s:
            continue
        frame[name] = {"rate": s.get("n", 0), "busy": round(min(1.0, s.get("busy", 0) / 1000), 4),
                       "heap": s.get("heap"), "alive": beat is not None,
                       "heartbeat_ms": int(beat) if beat else None}
    return frame


def add_placement(r, slug, frame):
    units = {u: json.loads(v) for u, v in r.hgetall(keys.units(slug)).items()}
    place = r.hgetall(keys.place(slug))
    pipe = r.pipeline()
    order = sorted(units)
    for unit in order:
        pipe.llen(keys.queue(slug, unit))
    depths = dict(zip(order, pipe.execute()))
    frame["units"] = {u: {"node": None if place.get(u) in (None, "*") else place.get(u), "queue": depths[u],
                          "fluxions": units[u]["fluxions"]} for u in order}
    queued = defaultdict(int)
    for unit, info in frame["units"].items():
        if info["node"]:
            queued[info["node"]] += info["queue"]
        for fx in info["fluxions"]:
            if fx in frame["fluxions"]:
                frame["fluxions"][fx]["queue"] = info["queue"]
                frame["fluxions"][fx]["node"] = info["node"]
    for name, node in frame["nodes"].items():
        node["queue"] = queued.get(name, 0)


class MetricsLoop:
    def __init__(self, r, publish=None):
        self.r = r
        self.publish = publish or (lambda group, message: None)
        from .balancer import Balancer
        self.balancer = Balancer(r, self.event)

    def event(self, slug, event):
        events.publish(self.r, event, slug)

    def tick(self, second):
        slugs = sorted(self.r.smembers(keys.PROJECTS))
        frames = build_frames(self.r, second, slugs)
        pipe = self.r.pipeline(transaction=False)
        for slug, frame in frames.items():
            text = json.dumps(frame)
            pipe.rpush(keys.frames(slug), text)
            pipe.ltrim(keys.frames(slug), -HISTORY, -1)
        pipe.execute()
        for slug, frame in frames.items():
            self.publish(f"metrics.{slug}", {"type": "flx.metrics", "frame": frame})
            self.balancer.consider(slug, frame)
        return frames

    def run(self, stop=None):
        events = EventForwarder(self.r, self.publish)
        events.start()
        second = int(time.time())
        while stop is None or not stop.is_set():
            # the second that just ended: wait a little for the last flushes
            wait = second + 1 + 0.15 - time.time()
            if wait > 0:
                time.sleep(wait)
            try:
                self.tick(second)
            except Exception as e:  # noqa: BLE001 - the loop must keep going
                print(f"metrics: {type(e).__name__}: {e}", flush=True)
            second += 1
            if time.time() - second > 5:
                second = int(time.time()) - 1  # fell behind: skip ahead


class EventForwarder(threading.Thread):
    """flx:events (Redis pub/sub) -> the browsers watching the project (events are
    kept by whoever publishes them: executor/events.py)."""

    def __init__(self, r, publish):
        super().__init__(daemon=True, name="liquefy-events")
        self.r, self.publish = r, publish

    def run(self):
        sub = self.r.pubsub(ignore_subscribe_messages=True)
        sub.subscribe(keys.EVENTS)
        for item in sub.listen():
            try:
                event = json.loads(item["data"])
            except (TypeError, ValueError):
                continue
            slugs = [event["slug"]] if event.get("slug") else sorted(self.r.smembers(keys.PROJECTS))
            for slug in slugs:
                self.publish(f"events.{slug}", {"type": "flx.event", "event": event})


def channel_publisher():
    """Publishes to the Channels layer (the browsers' WebSocket consumers)."""
    from asgiref.sync import async_to_sync
    from channels.layers import get_channel_layer
    layer = get_channel_layer()
    send = async_to_sync(layer.group_send)

    def publish(group, message):
        try:
            send(group, message)
        except Exception as e:  # noqa: BLE001 - a slow browser must not stop the loop
            print(f"metrics: could not publish to {group}: {e}", flush=True)
    return publish


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    django.setup()
    from django.conf import settings

    from . import redis_client
    # no read timeout: the event forwarder waits on pub/sub for as long as nothing happens
    r = redis_client.connect(settings.REDIS_URL, decode_responses=True, socket_timeout=None)
    print("metrics loop running", flush=True)
    MetricsLoop(r, channel_publisher()).run()


if __name__ == "__main__":
    main()
