"""Events: moves, node joins and leaves, deploys, balancing decisions, errors.

Each is kept where it happens (the project's list `p:events`, or the global
list for node events) and published on `flx:events`, from which the metrics
loop forwards it to the browsers. Keeping it first means no event is lost
while nobody listens.
"""
import json
import time

from . import keys


def publish(r, event, slug=None):
    """Keeps and publishes one event (`r` a Redis client: a cluster's pipeline cannot publish)."""
    event = dict(event)
    event.setdefault("ts", int(time.time() * 1000))
    if slug is not None:
        event["slug"] = slug
    text = json.dumps(event)
    where = keys.events(event["slug"]) if event.get("slug") else keys.GLOBAL_EVENTS
    r.rpush(where, text)
    r.ltrim(where, -keys.EVENT_LIMIT, -1)
    r.publish(keys.EVENTS, text)
    return event


def of_project(r, slug, limit=200):
    """The project's events and the nodes', oldest first."""
    mine = [json.loads(x) for x in r.lrange(keys.events(slug), -limit, -1)]
    nodes = [json.loads(x) for x in r.lrange(keys.GLOBAL_EVENTS, -limit, -1)]
    return sorted(mine + nodes, key=lambda e: e.get("ts", 0))[-limit:]
