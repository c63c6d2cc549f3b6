"""Automatic balancing, opt-in per project (`p:balancer` = "on").

Once a second the metrics loop hands the balancer the project's frame. Over a
window of frames it compares the nodes' busy fractions; when the busiest and the
idlest differ by more than THRESHOLD for the whole window, it moves the unit of
the busy node whose load best evens them out (never one so heavy that the idle
node would end up busier), then waits COOLDOWN_S before the next decision:
this hysteresis keeps it from thrashing. A stateless unit pinned to a busy node
is un-pinned instead: every node runs it again. A unit kept live on its node
(`pinned` in the placement table) is never a candidate. Each decision is an event that
says what moved, from where, to where, and why.
"""
import time
from collections import defaultdict, deque

from . import keys, placement

WINDOW = 5          # frames (seconds) the imbalance must last
THRESHOLD = 0.25    # difference of busy fractions that calls for a move
COOLDOWN_S = 8      # after a move, time for the load to settle before the next


class Balancer:
    def __init__(self, r, event, window=WINDOW, threshold=THRESHOLD, cooldown_s=COOLDOWN_S):
        self.r, self.event = r, event
        self.window, self.threshold, self.cooldown_s = window, threshold, cooldown_s
        self.history = defaultdict(lambda: deque(maxlen=self.window))
        self.last_move = {}

    def enabled(self, slug):
        return self.r.get(keys.balancer(slug)) == "on"

    def consider(self, slug, frame):
        if not self.enabled(slug):
            self.history.pop(slug, None)
            return None
        self.history[slug].append(frame)
        frames = self.history[slug]
        if len(frames) < self.window or time.time() - self.last_move.get(slug, 0) < self.cooldown_s:
            return None
        busy = self.busy_by_node(frames)
        if len(busy) < 2:
            return None
        hot = max(busy, key=busy.get)
        cold = min(busy, key=busy.get)
        gap = busy[hot] - busy[cold]
        if gap < self.threshold:
            return None
        decision = self.choose(frames, hot, cold, gap)
        if decision is None:
            return None
        unit, load, how = decision
        why = (f"{hot} was {busy[hot]:.0%} busy and {cold} {busy[cold]:.0%} over the last {self.window} s; "
               f"{unit} takes about {load:.0%} of a node")
        moved = placement.place(self.r, slug, unit, "*" if how == "replicate" else cold)
        self.last_move[slug] = time.time()
        self.history[slug].clear()
        event = {"type": "balance", "unit": unit, "from": hot, "to": "every node" if how == "replicate" else cold,
                 "why": why, "pause_ms": round(moved["pause_ms"], 2)}
        self.event(slug, event)
        return event

    @staticmethod
    def busy_by_node(frames):
        """Mean busy fraction of each node alive in the last frame."""
        alive = [n for n, info in frames[-1]["nodes"].items() if info.get("alive")]
        return {n: sum(f["nodes"].get(n, {}).get("busy", 0) for f in frames) / len(frames) for n in alive}

    @staticmethod
    def unit_loads(frames):
        """Fraction of a node each unit used, on average over the frames."""
        loads = defaultdict(float)
        units = frames[-1].get("units", {})
        for f in frames:
            for unit, info in units.items():
                for fx in info["fluxions"]:
                    s = f["fluxions"].get(fx)
                    if s and s.get("mean") is not None:
                        loads[unit] += s["in"] * s["mean"] / 1000 / len(frames)
        return loads

    def choose(self, frames, hot, cold, gap):
        """(unit, load, "move" | "replicate") best evening out hot and cold, or None."""
        units = frames[-1].get("units", {})
        loads = self.unit_loads(frames)
        candidates = []
        for unit, info in units.items():
            if info["node"] != hot or unit.startswith("__") or info.get("pinned"):
                continue  # a unit kept live never moves (placement.pinned_reason)
            load = loads.get(unit, 0)
            if load <= 0:
                continue
            stateless = self.stateless(frames[-1]["slug"], unit)
            if stateless:
                candidates.append((abs(gap / 2 - load), unit, load, "replicate"))
            elif load < gap:  # moving it makes the idle node no busier than the busy one was
                candidates.append((abs(gap / 2 - load), unit, load, "move"))
        if not candidates:
            return None
        _, unit, load, how = min(candidates)
        return unit, load, how

    def stateless(self, slug, unit):
        import json
        raw = self.r.hget(keys.units(slug), unit)
        info = json.loads(raw) if raw else {}
        return not (info.get("vars") or info.get("cells"))
