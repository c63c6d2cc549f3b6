"""Where units run: the living nodes, the unit of a fluxion, the placement table
(`p:place`) assigned at deployment, moving a unit while traffic flows, and waking
the nodes to read it again.

Used by the facade (executor/api.py), deployment (executor/deploy.py,
executor/resume.py), the balancer and the nodes. A node's own part of a move (the
hand-over between two batches, taking the units of a node that stopped beating)
is in executor/node.py.
"""
import json
import time

from . import events as event_log
from . import keys
from .errors import DeployError, PlacementError


def living_nodes(r):
    names = sorted(r.hkeys(keys.NODES))
    pipe = r.pipeline()
    for n in names:
        pipe.exists(keys.alive(n))
    return [n for n, up in zip(names, pipe.execute()) if up]


def nodes(r):
    names = sorted(r.hkeys(keys.NODES))
    pipe = r.pipeline()
    for n in names:
        pipe.get(keys.alive(n))
    beats = pipe.execute()
    return [{"name": n, "alive": beat is not None, "heartbeat_ms": int(beat) if beat else None}
            for n, beat in zip(names, beats)]


def table(r, slug):
    """{unit: {"node": name or None, "fluxions": [...], "replicated": bool, "stateful": bool,
    "moving_to": node or None, "pinned": [reason] or None}}: `pinned`, a unit kept live on its node
    (runtime/run.js, liveUnits), with why; it never moves."""
    units = {u: json.loads(v) for u, v in r.hgetall(keys.units(slug)).items()}
    place = r.hgetall(keys.place(slug))
    moving = r.hgetall(keys.moving(slug))
    out = {}
    for unit, info in units.items():
        if unit in (keys.HTTP_UNIT, keys.MAIN_UNIT):
            continue
        node = place.get(unit)
        out[unit] = {"node": None if node in (None, "*") else node, "fluxions": info["fluxions"],
                     "replicated": node in (None, "*"), "stateful": bool(info["vars"] or info.get("cells")),
                     "moving_to": moving.get(unit), "pinned": info.get("live")}
    return out


def pinned_reason(unit, info, node):
    """Why `unit` cannot move, or None: it is kept live in one isolate."""
    if not info.get("live"):
        return None
    return (f"{unit} cannot move: it is kept live on node {node}, since what it holds cannot travel between "
            f"nodes ({'; '.join(info['live'])})")


def wake_all(r):
    pipe = r.pipeline()
    for n in r.hkeys(keys.NODES):
        pipe.rpush(keys.wake(n), "refresh")
        pipe.ltrim(keys.wake(n), -10, -1)
    pipe.execute()


def assign_placement(r, slug, units, pins=None):
    nodes = living_nodes(r)
    if not nodes:
        raise DeployError("no node is running: start one with `celery -A config worker -n NAME@%h` (see README)")
    current = r.hgetall(keys.place(slug))
    load = {n: 0 for n in nodes}
    for unit, node in current.items():
        if node in load and unit in units and not units[unit]["replicated"]:
            load[node] += 1
    placement = {}
    for unit, info in sorted(units.items()):
        pinned = (pins or {}).get(unit)
        if info["replicated"] and not pinned:
            placement[unit] = "*"
        elif pinned in nodes:
            placement[unit] = pinned
        elif current.get(unit) in nodes and current.get(unit) != "*":
            placement[unit] = current[unit]
        else:
            node = min(nodes, key=lambda n: (load[n], n))
            load[node] += 1
            placement[unit] = node
    pipe = r.pipeline(transaction=True)
    pipe.delete(keys.place(slug), keys.moving(slug))
    pipe.hset(keys.place(slug), mapping=placement)
    pipe.execute()
    return placement


def unit_of(r, slug, fluxion_or_unit):
    units = {u: json.loads(v) for u, v in r.hgetall(keys.units(slug)).items()}
    if fluxion_or_unit in units:
        return fluxion_or_unit, units
    for unit, info in units.items():
        if fluxion_or_unit in info["fluxions"]:
            return unit, units
    raise PlacementError(f"{slug} has no fluxion or unit named {fluxion_or_unit}")


def place(r, slug, fluxion_or_unit, node, timeout=10.0):
    """Moves a fluxion (its whole unit) to `node` while traffic flows.

    The owner hands the unit over between two messages; its queue stays in
    Redis meanwhile. Returns {"unit", "from", "to", "pause_ms"} where the pause
    is the time from the request to the hand-over. `node` "*" un-pins a
    stateless unit so every node runs it again.
    """
    unit, units = unit_of(r, slug, fluxion_or_unit)
    living = {n["name"] for n in nodes(r) if n["alive"]}
    if node != "*" and node not in living:
        raise PlacementError(f"node {node} is not running (running: {', '.join(sorted(living)) or 'none'})")
    stateless = not (units[unit]["vars"] or units[unit].get("cells"))
    current = r.hget(keys.place(slug), unit)
    pinned = pinned_reason(unit, units[unit], current)
    if pinned and node != current:
        raise PlacementError(pinned)
    if node == "*" and not stateless:
        raise PlacementError(f"{unit} keeps state: it runs on one node at a time")
    started = time.perf_counter()
    if current == node:
        return {"unit": unit, "from": current, "to": node, "pause_ms": 0.0}  # nothing moves: no event
    event_log.publish(r, {"type": "move.start", "unit": unit, "from": current, "to": node}, slug)
    handed_over = not (stateless or current in (None, "*") or current not in living)
    if not handed_over:
        r.hset(keys.place(slug), unit, node)  # no owner to wait for
    else:
        r.hset(keys.moving(slug), unit, node)
        r.rpush(keys.wake(current), "move")
        deadline = time.monotonic() + timeout
        while r.hget(keys.place(slug), unit) != node:
            if not r.hexists(keys.moving(slug), unit) and r.hget(keys.place(slug), unit) != node:
                pinned = pinned_reason(unit, json.loads(r.hget(keys.units(slug), unit) or "{}"), current)
                if pinned:  # found live meanwhile: its node keeps it (node.py, hand_over_units)
                    raise PlacementError(pinned)
            if time.monotonic() > deadline:
                r.hdel(keys.moving(slug), unit)
                raise PlacementError(f"{current} did not hand {unit} over within {timeout} s")
            time.sleep(0.001)
    pause = (time.perf_counter() - started) * 1000
    if handed_over:
        event_log.publish(r, {"type": "move.handover", "unit": unit, "from": current, "to": node}, slug)
    wake_all(r)
    event_log.publish(r, {"type": "move.end", "unit": unit, "from": current, "to": node,
                          "pause_ms": round(pause, 2)}, slug)
    return {"unit": unit, "from": current, "to": node, "pause_ms": pause}
