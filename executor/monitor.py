"""The metrics loop (`python -m executor.monitor`, started by `make run`): once a
second it reads the counters of the second that just ended (executor/metrics.py),
adds queue depths, placement and heartbeats, keeps the frame for 15 minutes
(`p:frames`) and pushes it to the browsers watching the project (Channels group
`metrics.<slug>`, executor/live.py). It also runs the balancer of the projects
that turned it on (executor/balancer.py) and forwards events to the browsers.
"""
import json
import os
import threading
import time
from collections import defaultdict

from . import events, keys, live
from .balancer import Balancer
from .metrics import percentile

HISTORY = 900  # frames kept: 15 minutes at one per second


def build_frames(r, second, slugs):
    """{slug: frame} for one second."""
    raw = r.hgetall(keys.metrics_second(second))
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
                          "fluxions": units[u]["fluxions"], "pinned": bool(units[u].get("live"))} for u in order}
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
            self.publish(live.metrics_group(slug), {"type": live.METRICS, "frame": frame})
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
                self.publish(live.events_group(slug), {"type": live.EVENT, "event": event})


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    django.setup()
    from django.conf import settings

    from . import redis_client
    # no read timeout: the event forwarder waits on pub/sub for as long as nothing happens
    r = redis_client.connect(settings.REDIS_URL, decode_responses=True, socket_timeout=None)
    print("metrics loop running", flush=True)
    MetricsLoop(r, live.channel_publisher()).run()


if __name__ == "__main__":
    main()
