"""A node: one event loop that takes messages from Redis and runs them in V8.

A node listens on the queues of the units it may run: every replicated unit of
every running project, and the units the placement table gives it. It waits
(one BLPOP) on the queues' bells, a token pushed with each message, and takes
its work in batches with one script (TAKE) that moves as many messages of the
queue as fit in BATCH_BUDGET_MS at the queue's recent cost per message in the
sandbox (one, for a costly route, so that other nodes share the work) to the
node's processing list of the project, atomically: a message is in its queue
or in a processing list, never only in a node's memory. The TAKE of the queue
served last goes in one pipeline with the wait, which Redis runs as soon as the
BLPOP returns: a node that keeps serving one queue pays one round trip a batch,
not two (wait_and_take). The batch goes to the
project's sandbox in one frame, runs there message after message, and its
effects are carried out in one pipeline of transactions, in order; a
message's acknowledgement (its removal from the processing list) commits with
its effects (executor/effects.py). When a node stops beating, another puts
the messages of its processing lists back at the head of their queues, in
order (and a node that starts again under the same name does so first); one
whose effects were half committed is replayed from its journal, not run again.
A message a batch posts to a unit this node runs is chained when the unit's
queue is empty: the post puts it straight into the processing list, and it runs
in the same step (run_chained; effects.CHAIN_POST).
Between two batches a node looks for units it must hand over (a move asked by
`executor.placement.place`): since nothing is in flight, it gives the unit to
the new node atomically and wakes it. Messages stay in the unit's Redis list
until a batch takes them (or in the owner's processing list, chained, until its
step ends), so a move loses, duplicates and reorders none.
"""
import itertools
import json
import logging
import os
import socket
import threading
import time
import uuid
import zlib

import redis

from . import console, events, keys, protocol, redis_client, resume
from .bells import ClusterBells
from .effects import EffectApplier, ReplyLost
from .isolate import LOAD_LIMIT_MS, MessageFailed, is_main
from .keys import queue_parts
from .scheduling import FairQueues
from .metrics import NodeMetrics
from .placement import living_nodes
from .sandbox import Sandboxes
from .scripts import HANDOVER, TAKE
from .timers import TimerClock
from .verify import Verifier

log = logging.getLogger("liquefy.node")

BATCH_MAX = 32         # messages taken at once from one queue
CHAIN_MAX = 256        # messages chained in one step (effects.CHAIN_POST), the others queued
CHAIN_BUDGET_MS = 20.0  # past this much of a step's chained messages, the others are queued
BATCH_BUDGET_MS = 10.0  # how long a batch is meant to run in its sandbox, at the queue's recent cost
REDELIVERIES = 3  # a message whose node stopped this many times while it ran it fails instead
INLINE_UNITS = 16  # units with state a batch may run messages of within its own (ProjectView.inline_candidates)


def now_ms():
    return int(time.time() * 1000)


SLOW_STEP_MS = 2000  # longer, and the node says so in its log


class ProjectView:
    """What a node knows of one project: version, units, placement."""

    def __init__(self, slug, meta, units, place, moving):
        self.slug = slug
        self.version = int(meta.get("version", 0))
        self.status = meta.get("status", "stopped")
        self.verify = meta.get("verify") == "1"
        self.units = {u: json.loads(v) for u, v in units.items()}
        self.place = place
        self.moving = moving
        self.unit_of = {f: u for u, info in self.units.items() for f in info.get("fluxions", ())}

    def unit_runs_here(self, unit, node):
        info = self.units.get(unit)
        if info is None or self.status == "stopped":
            return False
        if self.status == "starting":
            return unit == keys.MAIN_UNIT
        if info.get("replicated"):
            return self.place.get(unit, "*") in ("*", node) and unit not in self.moving
        return self.place.get(unit) == node and unit not in self.moving

    def keeps_state(self, unit):
        info = self.units.get(unit, {})
        return bool(info.get("vars") or info.get("cells"))

    def local_units(self, node):
        return {u for u in self.units if self.unit_runs_here(u, node)}

    def keeps_live_units(self, node):
        return any(info.get("live") and self.place.get(u) == node for u, info in self.units.items())

    def inline_candidates(self, unit, node):
        """The units with state whose messages a batch of `unit` may run within its own
        (runtime/run.js, runInline): those placed on this node, not kept live, at most INLINE_UNITS.
        None while this node keeps a unit of the project live: a run within another that cannot
        finish there drops the isolate (Node.run_batch), and with it what the live unit holds."""
        if self.status != "running" or unit == keys.MAIN_UNIT or self.keeps_live_units(node):
            return []
        found = [u for u in sorted(self.units) if u not in (unit, keys.MAIN_UNIT) and self.keeps_state(u)
                 and not self.units[u].get("live") and self.unit_runs_here(u, node)]
        return found[:INLINE_UNITS]


class Node:
    def __init__(self, name, redis_url, time_limit_ms=1000, heap_limit_mb=128, kv_quota_mb=64, refresh_ms=500,
                 sandbox_memory_mb=640, sandbox_limit=16, sandboxes_budget_mb=4096, unit_queue_limit=10_000,
                 verify=False, verify_max_values=50_000, verify_max_depth=32):
        self.name = name
        self.redis_url = redis_url
        self.r = redis_client.connect(redis_url, decode_responses=True)
        # replies as node-redis has them
        self.kv_client = redis_client.raw_replies(redis_client.connect(redis_url, decode_responses=True, protocol=2))
        self.cluster_bells = ClusterBells(self.r, name) if redis_client.clustered(self.r) else None
        self.time_limit_ms, self.heap_limit_mb = time_limit_ms, heap_limit_mb
        self.kv_quota_mb = kv_quota_mb
        self.refresh_ms = refresh_ms
        self.unit_queue_limit = unit_queue_limit
        self.views = {}
        self.sandboxes = Sandboxes(name, time_limit_ms, heap_limit_mb, sandbox_memory_mb, sandbox_limit,
                                   sandboxes_budget_mb)
        self.queues = {}  # slug -> the keys of its units' queues on this node
        self.bells = {}  # the bell of each queue of self.queues -> the queue
        self.just_refreshed = False
        self.fair = FairQueues()
        self.next_refresh = 0
        self.stopping = threading.Event()
        self.handover = self.r.register_script(HANDOVER)
        self.take = self.r.register_script(TAKE)
        self.cost_ms = {}  # queue -> recent sandbox time per message (a moving average)
        self.sandbox_ms = 0.0  # of the batch under way
        self.clock = TimerClock(redis_url, name)
        self.effects = EffectApplier(self)
        self.verifier = Verifier(self, verify, verify_max_values, verify_max_depth)
        self.metrics = NodeMetrics(name, enabled=os.environ.get("LIQUEFY_METRICS", "1") != "0")
        self.processed = 0
        self.chaining = os.environ.get("LIQUEFY_CHAIN", "1") != "0"
        self.inlining = os.environ.get("LIQUEFY_INLINE", "1") != "0"  # ProjectView.inline_candidates
        self.chained = []  # (slug, unit, message, files version, state): chained, to run in this step
        self.redis_ahead_s = float("inf")  # Redis's clock less this node's (unknown: every deadline is near)
        self.chain_left, self.chain_until, self.chain_budget_ms = 0, 0.0, CHAIN_BUDGET_MS
        self.states = {}  # (slug, unit) -> the state a unit with state left in this step
        self.last_served = None  # the queue of the last batch: the one a wait takes at once (guess)

    # -- life cycle ---------------------------------------------------------

    def start(self):
        info = {"host": socket.gethostname(), "pid": os.getpid(), "started_ms": now_ms()}
        self.r.hset(keys.NODES, self.name, json.dumps(info))
        self.recover()  # what this node's previous run had taken (restarted before its heartbeat expired)
        self.beat()
        threading.Thread(target=self.keep_beating, name=f"liquefy-beat-{self.name}", daemon=True).start()
        self.clock.start()
        events.publish(self.r, {"type": "node.join", "node": self.name})
        log.warning("node %s started", self.name)

    def stop(self):
        self.stopping.set()

    def close(self):
        self.stopping.set()
        self.clock.stop()
        if self.cluster_bells is not None:
            self.cluster_bells.stop()
        self.r.delete(keys.alive(self.name))
        events.publish(self.r, {"type": "node.leave", "node": self.name})
        self.sandboxes.close()

    def beat(self):
        self.r.set(keys.alive(self.name), now_ms(), px=keys.NODE_TTL_MS)

    def keep_beating(self):
        """Heartbeats from their own thread: a long message or a slow isolate load
        must not make the other nodes think this one stopped."""
        beats = redis_client.connect(self.redis_url, decode_responses=True)
        while not self.stopping.wait(1.0):
            try:
                beats.set(keys.alive(self.name), now_ms(), px=keys.NODE_TTL_MS)
            except redis.RedisError:
                log.warning("node %s: heartbeat failed", self.name)

    def run(self):
        self.start()
        try:
            while not self.stopping.is_set():
                try:
                    self.step()
                except redis.ConnectionError:
                    log.warning("node %s lost Redis; retrying", self.name)
                    time.sleep(1)
                    self.recover()
                except Exception:  # noqa: BLE001 - the node must outlive any one failure
                    log.exception("node %s: step failed", self.name)
                    time.sleep(0.1)
                    self.recover()
        finally:
            self.close()

    def recover(self):
        """At the start, and after a step failed halfway: the messages this node had taken go
        back to their queues (tried again after the next failed step if this fails)."""
        try:
            self.redeliver_own()
        except Exception:  # noqa: BLE001 - the node must start and go on
            log.exception("node %s: could not put back the messages it had taken", self.name)

    def step(self, block_s=0.05):
        if now_ms() >= self.next_refresh:
            self.refresh()
        self.metrics.maybe_flush(self.r, self.sandboxes.heap())
        wake = keys.wake(self.name)
        # Right after a refresh, a message goes before the next wake: moves in quick
        # succession (each wakes the nodes) must not keep a node refreshing only.
        bells = self.fair_bells()
        order = bells + [wake] if self.just_refreshed else [wake] + bells
        guess = self.guess(bells)
        if self.cluster_bells is not None:  # a BLPOP waits on the keys of one slot only
            item, taken = self.cluster_bells.wait(bells, wake, block_s), None
        elif guess is None:
            item, taken = self.r.blpop(order, timeout=block_s), None
        else:
            item, taken = self.wait_and_take(order, block_s, guess)
        queue = self.bells.get(item[0]) if item is not None else None
        if taken is not None and (queue == guess or taken.found or taken.stale):
            self.serve(guess, taken)
        if item is None:
            return
        if item[0] == wake:
            self.r.delete(wake)  # every wake so far: one refresh reads what they announce
            self.refresh()
            return
        if queue is None:  # (on a cluster) a bell of a queue no longer here: its token goes back for its node
            self.r.rpush(item[0], item[1])
            return
        if taken is None or queue != guess:
            self.serve(queue)

    def fair_bells(self):
        """The bells of this node's queues, in the order to serve them (executor/scheduling.py)."""
        return [keys.bell(*queue_parts(q)) for q in self.fair.order(self.queues)]

    def guess(self, bells):
        """The queue whose batch a wait takes at once (wait_and_take): the last one served, if it is
        still here, not a deployment's main (handle_batch), and of the project whose turn it is
        (first in `bells`, the fair order): a project past its share is not served ahead of it."""
        queue = self.last_served
        if queue is None or not bells or keys.bell(*queue_parts(queue)) not in self.bells:
            return None
        slug, unit = queue_parts(queue)
        if unit == keys.MAIN_UNIT or queue_parts(self.bells[bells[0]])[0] != slug:
            return None
        return queue

    def wait_and_take(self, order, block_s, guess):
        """(the bell that rang or None, the batch of `guess` taken): the wait and TAKE of the queue
        most likely to ring in one round trip (Redis runs a pipeline's TAKE once its BLPOP
        returns). Whatever rang, what TAKE moved to the processing list is served in this step."""
        call = self.take_call(guess)
        pipe = self.r.pipeline(transaction=False)
        pipe.blpop(order, timeout=block_s)
        pipe.execute_command("EVALSHA", self.take.sha, len(call.keys), *call.keys, *call.args)
        asked = time.monotonic()
        item, result = pipe.execute(raise_on_error=False)
        if isinstance(item, Exception):
            raise item
        if isinstance(result, redis.exceptions.NoScriptError):  # a Redis restarted: Script loads it
            self.r.script_load(TAKE)
            return item, None
        if isinstance(result, Exception):
            raise result
        call.took(result, asked)
        return item, call

    def serve(self, queue, taken=None):
        """Takes a batch of `queue` (or runs `taken`, a TakeCall that took it), then what it chained."""
        self.just_refreshed = False
        self.last_served = queue
        started = time.perf_counter()
        self.sandbox_ms = 0.0
        self.chained, self.states = [], {}
        self.chain_left, self.chain_until = (CHAIN_MAX if self.chaining else 0), float("inf")
        count = self.handle_batch(queue, taken)
        if not count:  # another node took them
            return
        per_message = self.sandbox_ms / count  # the sandbox's own time, not the waits on Redis
        count += self.run_chained()
        ms = (time.perf_counter() - started) * 1000
        self.fair.served(queue_parts(queue)[0], queue, ms, self.queues)
        self.cost_ms[queue] = per_message if queue not in self.cost_ms else \
            0.8 * self.cost_ms[queue] + 0.2 * per_message
        if ms > SLOW_STEP_MS:  # the node's other queues waited all that time
            log.warning("node %s: %d messages of %s took %.0f ms", self.name, count, queue, ms)

    def batch_size(self, queue):
        """How many messages of `queue` to take at once: one while its cost is unknown."""
        cost = self.cost_ms.get(queue)
        if cost is None:
            return 1
        return max(1, min(BATCH_MAX, int(BATCH_BUDGET_MS / max(cost, 0.05))))

    # -- placement ----------------------------------------------------------

    def refresh(self):
        started = time.perf_counter()
        self.refresh_views()
        self.just_refreshed = True
        ms = (time.perf_counter() - started) * 1000
        if ms > SLOW_STEP_MS:
            log.warning("node %s: refreshing took %.0f ms", self.name, ms)

    def refresh_views(self):
        slugs = sorted(self.r.smembers(keys.PROJECTS))
        pipe = self.r.pipeline()
        for slug in slugs:
            pipe.hgetall(keys.meta(slug))
            pipe.hgetall(keys.units(slug))
            pipe.hgetall(keys.place(slug))
            pipe.hgetall(keys.moving(slug))
        results = pipe.execute()
        views = {}
        for i, slug in enumerate(slugs):
            meta, units, place, moving = results[4 * i:4 * i + 4]
            views[slug] = ProjectView(slug, meta, units, place, moving)
        self.views = views
        starting = {slug: results[4 * i] for i, slug in enumerate(slugs) if views[slug].status == "starting"}
        if starting:
            resume.resume_stranded(self.r, starting, self.say)
        self.hand_over_units()
        self.take_orphans()
        self.sync_isolates(views)
        self.queues = {view.slug: [keys.queue(view.slug, unit) for unit in sorted(view.local_units(self.name))]
                       for view in views.values() if view.local_units(self.name)}
        self.bells = {keys.bell(*queue_parts(q)): q for qs in self.queues.values() for q in qs}
        self.fair.forget(self.queues)
        live = {q for qs in self.queues.values() for q in qs}
        self.cost_ms = {q: ms for q, ms in self.cost_ms.items() if q in live}
        self.shed_floods()
        self.next_refresh = now_ms() + self.refresh_ms

    def say(self, slug, text):
        """A line in the project's console, from the node itself."""
        pipe = self.r.pipeline(transaction=False)
        console.push(pipe, slug, console.line("warn", text, self.name))
        pipe.execute()

    def shed_floods(self):
        """A unit's queue past its limit (a message that posts two for each it gets, say)
        loses its newest messages, each failed with a clear error: Redis's memory is
        everybody's, and nothing is dropped without a word. A queue with messages and no
        token in its bell (put there without one) gets one."""
        queues = [q for keys_ in self.queues.values() for q in keys_]
        if not queues:
            return
        pipe = self.r.pipeline(transaction=False)
        for queue in queues:
            pipe.llen(queue)
            pipe.llen(keys.bell(*queue_parts(queue)))
        lengths = pipe.execute()
        for queue, length, tokens in zip(queues, lengths[::2], lengths[1::2]):
            if length and not tokens:
                self.r.rpush(keys.bell(*queue_parts(queue)), "1")
            if length > self.unit_queue_limit:
                slug, unit = queue_parts(queue)
                for raw in self.r.rpop(queue, length - self.unit_queue_limit) or ():
                    self.effects.fail_message(slug, json.loads(raw), "flood",
                                              f"dropped: the queue of {unit} held more than {self.unit_queue_limit} "
                                              "messages", unit=unit)

    def sync_isolates(self, views):
        """Isolates of stopped or redeployed projects go. (Which units run here is told
        to an isolate with its next message: run_in_sandbox.)"""
        for slug in list(self.sandboxes.by_slug):
            held = self.sandboxes.held(slug)
            view = views.get(slug)
            if held is not None and (view is None or view.version != held["version"]):
                self.drop_isolate(slug)

    def hand_over_units(self):
        """Gives away the units a move asked for: nothing of theirs is running."""
        for view in self.views.values():
            for unit, target in list(view.moving.items()):
                if view.units.get(unit, {}).get("live") and view.place.get(unit) == self.name:
                    self.r.hdel(keys.moving(view.slug), unit)  # kept live here: placement.place refuses
                    del view.moving[unit]
                    continue
                if view.place.get(unit) == self.name and target != self.name:
                    done = self.handover(keys=[keys.place(view.slug), keys.moving(view.slug)],
                                         args=[unit, self.name, target])
                    if done:  # placement.place sees it and tells (move.handover, move.end)
                        self.r.rpush(keys.wake(target), "placed")
                        view.place[unit] = target
                        del view.moving[unit]

    def take_orphans(self):
        """Units placed on a node that stopped beating move to the living ones, after the
        messages it had taken are back in their queues."""
        self.redeliver_lost_messages()
        for view in self.views.values():
            for unit, owner in view.place.items():
                if owner in ("*", self.name) or view.units.get(unit, {}).get("replicated"):
                    continue
                if self.r.exists(keys.alive(owner)):
                    continue
                living = living_nodes(self.r)
                if not living or living[zlib.crc32(unit.encode()) % len(living)] != self.name:
                    continue
                if self.r.hsetnx(keys.moving(view.slug), unit, self.name):
                    self.r.hset(keys.place(view.slug), unit, self.name)
                    self.r.hdel(keys.moving(view.slug), unit)
                    view.place[unit] = self.name
                    events.publish(self.r, {"type": "move.orphan", "unit": unit, "from": owner, "to": self.name,
                                            "why": f"{owner} stopped beating"}, view.slug)
                    if view.units[unit].get("live"):
                        self.say(view.slug, f"unit {unit} was kept live on node {owner}, which stopped: what it "
                                            f"held is lost ({'; '.join(view.units[unit]['live'])}); its messages "
                                            "fail until the service is deployed again")

    def redeliver_lost_messages(self):
        dead = [n for n in self.r.hkeys(keys.NODES) if n != self.name and not self.r.exists(keys.alive(n))]
        pairs = [(slug, node) for node in dead for slug in self.views]
        if not pairs:
            return
        pipe = self.r.pipeline(transaction=False)
        for slug, node in pairs:
            pipe.exists(keys.processing(slug, node))
        for (slug, node), held in zip(pairs, pipe.execute()):
            if held:
                self.redeliver(slug, node)

    def redeliver_own(self):
        for slug in sorted(self.r.smembers(keys.PROJECTS)):
            self.redeliver(slug, self.name)

    def redeliver(self, slug, node):
        """Puts the messages `node` took of `slug` and did not acknowledge back at the head of
        their units' queues, in order (one node does: WATCH). One whose node stopped
        REDELIVERIES times while running it fails with an error that says so."""
        key = keys.processing(slug, node)
        failing = []
        with self.r.pipeline(transaction=True) as pipe:
            try:
                pipe.watch(key)
                entries = pipe.lrange(key, 0, -1)
                if not entries:
                    return
                pipe.multi()
                for entry in reversed(entries):
                    unit, text = entry.split("\n", 1)
                    message = json.loads(text)
                    message["redelivered"] = message.get("redelivered", 0) + 1
                    if message["redelivered"] > REDELIVERIES:
                        failing.append((unit, message))
                        continue
                    pipe.lpush(keys.queue(slug, unit), json.dumps(message))
                    pipe.rpush(keys.bell(slug, unit), "1")
                pipe.delete(key)
                pipe.execute()
            except redis.WatchError:
                return  # another node took them
        for unit, message in reversed(failing):
            self.effects.fail_message(slug, message, "node", f"its node stopped {REDELIVERIES} times while "
                                      "running this message", unit=unit)
        who = "this node's previous run" if node == self.name else f"node {node}"
        self.say(slug, f"{who} stopped with {len(entries)} messages taken and not finished: "
                       f"{len(entries) - len(failing)} are back in their queues"
                       + (f", {len(failing)} failed" if failing else ""))

    # -- messages -----------------------------------------------------------

    def ensure_loaded(self, view, files_version=None):
        """The project's current version is in its sandbox, with current files
        (`files_version`: the file store's version, when the caller read it already)."""
        box = self.sandboxes.get(view.slug)
        box.ensure_running()
        held = box.loaded.get(view.slug)
        if held is not None and held["version"] == view.version:
            current = int((self.r.get(keys.files_version(view.slug)) if files_version is None else files_version) or 0)
            if current != held["files_version"]:
                box.call({"op": protocol.FILES, "slug": view.slug, "files": self.r.hgetall(keys.files(view.slug)),
                          "files_version": current}, 30)
                held["files_version"] = current
            return
        pipe = self.r.pipeline()
        pipe.get(keys.bundle(view.slug, view.version))
        pipe.get(keys.main(view.slug))
        pipe.hgetall(keys.files(view.slug))
        pipe.get(keys.files_version(view.slug))
        bundle, snapshot, files, files_ver = pipe.execute()
        if bundle is None:
            raise MessageFailed("missing", f"version {view.version} of {view.slug} is not in Redis")
        local = sorted(view.local_units(self.name))
        bundle = json.loads(bundle)
        reply = box.call({"op": protocol.LOAD, "slug": view.slug, "version": view.version,
                          "bundle": bundle, "snapshot": snapshot, "files": files,
                          "files_version": int(files_ver or 0), "local": local}, 60)
        box.loaded[view.slug] = {"version": view.version, "files_version": int(files_ver or 0), "local": local,
                                  "load_ms": reply["load_ms"], "fluxions": bundle["config"]["fluxions"]}

    def run_in_sandbox(self, view, raws, state, chain, files_version, requests=None, inline=None):
        """(results, ms): the messages' results, in order, and the time the sandbox took.
        An isolate process killed from outside meanwhile gets the batch again, once, on a new
        process: nothing of the first run was carried out. `requests`: message id -> (its
        request, that request's deadline) for the Redis commands asked within a message;
        `inline`: as run_taken's."""
        deadline = 2 * (LOAD_LIMIT_MS if is_main(raws) else self.time_limit_ms) / 1000 + 1
        for attempt in (1, 2):
            self.ensure_loaded(view, files_version)
            request = {"op": protocol.BATCH, "slug": view.slug, "state": state, "chain": chain,
                       "verify": self.verifier.caps_for(view)}
            if inline:
                request["inline"] = inline
            held, local = self.sandboxes.held(view.slug), sorted(view.local_units(self.name))
            if local != held["local"]:  # units moved here or away since its last message
                request["local"] = local
            try:
                reply = self.sandboxes.get(view.slug).call(
                    request, deadline, raws,
                    on_ask=lambda _slug, ask: self.effects.inline_redis(view, ask, requests or {}))
                held["local"] = local
                break
            except MessageFailed as failure:
                if failure.reason != "killed" or attempt == 2:
                    raise
                log.warning("node %s: %s during a message; running it again", self.name, failure.message)
                files_version = None
        self.sandboxes.get(view.slug).heap = reply.get("heap", 0)
        return [json.loads(r) for r in reply["texts"]], reply["ms"]

    def take_call(self, queue):
        """The TAKE of a batch of `queue`, not run yet."""
        slug, unit = queue_parts(queue)
        view = self.views.get(slug)
        chain = view is not None and view.keeps_state(unit)
        candidates = view.inline_candidates(unit, self.name) if view and self.chaining and self.inlining else []
        return TakeCall(
            keys=[queue, keys.bell(slug, unit), keys.processing(slug, self.name), keys.files_version(slug),
                  keys.state(slug, unit), keys.given_up(slug), keys.open_requests(slug), keys.place(slug),
                  keys.moving(slug), keys.timer_data(slug), keys.meta(slug)]
            + [k for u in candidates for k in (keys.queue(slug, u), keys.state(slug, u))],
            args=[self.batch_size(queue) if view is not None else 1, "1" if chain else "0", unit, self.name,
                  str(view.version) if view is not None else ""] + candidates, candidates=candidates)

    def handle_batch(self, queue, taken=None):
        """Takes a batch of `queue` (unless `taken` did), runs it and carries out its effects;
        returns how many it took."""
        slug, unit = queue_parts(queue)
        if unit == keys.MAIN_UNIT and '"k": "main"' in (self.r.lindex(queue, 0) or ""):
            # a deployment's main may come before the wake that announces its version (a message
            # goes first right after a refresh): the previous version's bundle is gone by then
            self.refresh_views()
        if taken is None:
            taken = self.take_call(queue)
            asked = time.monotonic()
            taken.took(self.take(keys=taken.keys, args=taken.args), asked)
            # Redis's clock less this node's, never less than the truth (Redis answered after `asked`)
            self.redis_ahead_s = taken.redis_ahead_s
        else:  # asked before a wait: later than the truth by up to the wait, the least so far is the best
            self.redis_ahead_s = min(self.redis_ahead_s, taken.redis_ahead_s)
        if taken.stale:  # a deployment since the last refresh: its messages wait for the view of it
            self.refresh()
            return 0
        for given_up in taken.dropped:
            self.effects.drop_given_up(slug, json.loads(given_up), unit)
        inline = {u: s for u, s in zip(taken.candidates, taken.states) if s}
        return self.run_taken(slug, unit, taken.raws, taken.state, taken.files_version, taken.deadlines,
                              inline) + len(taken.dropped)

    def run_taken(self, slug, unit, raws, state, files_version, deadlines=(), inline=None):
        """Runs messages of `unit` that are in the node's processing list (taken or chained), with
        the unit's state and the files version read when they got there; returns how many.
        `deadlines`: per message taken, its request's deadline when TAKE gave one; `inline`: the
        units with state whose messages the first batch may run within its own, with their states
        as TAKE read them (after a batch, those may be behind)."""
        view = self.views.get(slug)
        chain = view is not None and view.keeps_state(unit)
        processing = keys.processing(slug, self.name)
        messages = [json.loads(r) for r in raws]
        for message, deadline in zip(messages, deadlines):
            if deadline is not None:
                message["dl"] = int(float(deadline))
        dues = [self.due_of(m) for m in messages]
        acks = [(processing, f"{unit}\n{raw}") for raw in raws]
        if view is None:
            for message, ack in zip(messages, acks):
                self.effects.fail_message(slug, message, "stopped", "the service is not running", ack=ack)
            return len(messages)
        journals = self.journals(slug, messages)
        if any(journals):  # a replay may write those units' states: the ones TAKE read are behind
            inline = None
        at, singly = 0, False
        while at < len(raws):
            if journals[at]:  # redelivered, its effects half committed: replayed, not run again
                state = self.replay(view, unit, messages[at], acks[at], journals[at], state, chain)
                at += 1
                continue
            end = at + 1 if singly else next((i for i in range(at, len(raws)) if journals[i]), len(raws))
            done = self.run_batch(view, unit, raws[at:end], messages[at:end], acks[at:end], dues[at:end],
                                  state if chain else None, chain, files_version, inline)
            inline = None
            if done is None:  # the batch failed as a whole: one at a time finds the message at fault
                singly = True
            else:
                at += done
                state = self.state_after if chain else None
            files_version = None  # read again after a failure or a refusal
        if chain:
            self.states[(slug, unit)] = state
        return len(raws)

    def due_of(self, message):
        """When, on this node's clock (time.monotonic), a message of a request reaches the
        request's deadline (its `dl`, ms on Redis's clock); None for a message of no request."""
        if not isinstance(message.get("dl"), int) or not message.get("rid"):
            return None
        return message["dl"] / 1000 - self.redis_ahead_s

    # -- chained delivery -------------------------------------------------------

    def may_chain(self, run, unit):
        """Whether a message `run` posts to `unit` may be chained: run in this step, after the
        batch that posts it, without going through the unit's queue (effects.CHAIN_POST decides
        in the transaction that commits the post). Not past CHAIN_MAX messages or CHAIN_BUDGET_MS
        in a step, so that the node's other queues, its moves and its refreshes get their turn."""
        if self.chain_left <= 0 or run.ack is None or run.message.get("k") == "main":
            return False
        if time.perf_counter() > self.chain_until or not run.view.unit_runs_here(unit, self.name):
            return False
        self.chain_left -= 1
        return True

    def run_chained(self):
        """Runs the messages chained in this step, in the order they were posted, a unit's
        consecutive ones in one batch, then those they chained in turn. Each is in the node's
        processing list already: one the node dies before running goes back to its queue's head,
        and a move waits, as the hand-over runs between steps. Returns how many ran."""
        ran = 0
        self.chain_until = time.perf_counter() + self.chain_budget_ms / 1000
        while self.chained:
            chained, self.chained = self.chained, []
            for (slug, unit), group in itertools.groupby(chained, key=lambda c: (c[0], c[1])):
                group = list(group)
                state = self.states.get((slug, unit), group[0][4])  # what it left in this step, if it ran
                held = self.sandboxes.held(slug) or {}
                files_version = max([files for *_, files, _ in group] + [held.get("files_version", 0)])
                ran += self.run_taken(slug, unit, [text for _, _, text, _, _ in group], state, files_version)
        return ran

    def note_inlined(self, slug, run):
        """The states left by messages that ran within `run`'s: the ones their units' chained
        messages start from in this step (CHAIN_POST may have read one older, within the batch)."""
        for unit, state in run.inlined_states.items():
            self.states[(slug, unit)] = state

    def journals(self, slug, messages):
        """Per message, the journal a redelivered one left with its result (or None)."""
        found = [None] * len(messages)
        redelivered = [i for i, m in enumerate(messages) if m.get("redelivered") and m.get("id")]
        if redelivered:
            pipe = self.r.pipeline(transaction=False)
            for i in redelivered:
                pipe.hgetall(keys.journal(slug, messages[i]["id"]))
            for i, journal in zip(redelivered, pipe.execute()):
                found[i] = journal if "r" in journal else None
        return found

    def replay(self, view, unit, message, ack, journal, state, chain):
        """Carries out the effects of a message from its journal: the steps committed before are
        skipped. Returns the unit's state after it."""
        batch = self.effects.batch()
        try:
            run = self.effects.apply(view, unit, message, json.loads(journal["r"]), state, batch, ack, journal)
            self.note_inlined(view.slug, run)
            self.effects.finish(batch)
            self.chained += batch.chained
        except ReplyLost as lost:
            self.effects.fail_message(view.slug, message, "node", str(lost), unit=unit, ack=ack)
            return state
        self.say(view.slug, f"message {message.get('id')} of {unit} replayed from its journal: its node had "
                            "stopped with its effects half committed (those are not carried out twice)")
        return run.state if chain and isinstance(run.state, str) else state

    def run_batch(self, view, unit, raws, messages, acks, dues, state, chain, files_version, inline=None):
        """Runs messages of one unit in one call to its sandbox and carries out their effects in
        order. Returns how many it got through (the rest run again, from the state before them,
        after a refused result of a unit with state or of one that ran others' messages within
        it), or None when a batch of several failed as a whole, or a message run within another
        could not finish there (nothing of it was carried out). Sets self.state_after."""
        slug = view.slug
        started = time.perf_counter()
        failure = None
        try:
            requests = {m.get("id"): (m["rid"], due) for m, due in zip(messages, dues) if due is not None}
            results, sandbox_ms = self.run_in_sandbox(view, raws, state, chain, files_version, requests, inline)
            self.sandbox_ms += sandbox_ms
            failed_inline = next((r["inlineFailed"] for r in results if r.get("inlineFailed")), None)
            if failed_inline is not None:  # V8 may hold its continuations: a new isolate runs the batch again
                log.warning("node %s: %s; the batch runs again without that", self.name, failed_inline)
                self.drop_isolate(slug)
                return None
        except MessageFailed as e:
            failure = e
        except Exception as e:  # noqa: BLE001 - one bad message must not stop the node
            log.exception("a batch of %s/%s failed", slug, unit)
            failure = MessageFailed("crash", f"{type(e).__name__}: {e}")
        ms = (time.perf_counter() - started) * 1000
        if failure is not None:
            self.drop_isolate(slug)
            if len(raws) > 1:
                return None
            self.effects.fail_message(slug, messages[0], failure.reason, failure.message, unit=unit, ack=acks[0])
            self.metrics.message(slug, messages[0], ms, failed=True)
            self.state_after = state
            return 1
        batch = self.effects.batch()
        done = 0
        for message, result, ack, due in zip(messages, results, acks, dues):
            if "verify" in result:  # recorded before the answer goes out: whoever sees the answer can see it
                try:
                    self.verifier.report(view, unit, message, result,
                                         (self.sandboxes.held(slug) or {}).get("fluxions", {}))
                except Exception:  # noqa: BLE001 - the message's own effects go on
                    log.exception("node %s: verify mode could not report on %s/%s", self.name, slug, unit)
            run = self.effects.apply(view, unit, message, result, state, batch, ack, due=due)
            self.note_inlined(slug, run)
            done += 1
            if chain and isinstance(run.state, str):
                state = run.state
            self.processed += 1
            self.metrics.message(slug, message, ms / len(results), failed=bool(run.error),
                                 invoked=[tuple(x) for x in result.get("invoked", ())])
            self.metrics.posted(slug, message.get("fx") or unit, run.sent)
            if (run.refused or run.discarded) and (chain or result.get("inlined")):  # the messages after it
                break  # ran on a state that is not kept
        self.effects.finish(batch)
        self.chained += batch.chained
        self.state_after = state
        return done

    def drop_isolate(self, slug):
        box = self.sandboxes.by_slug.get(slug)
        if box is not None and box.loaded.pop(slug, None) is not None and box.alive():
            try:
                box.call({"op": protocol.DROP, "slug": slug}, 10)
            except MessageFailed:
                box.kill()


class TakeCall:
    """A TAKE (scripts.TAKE) of one queue: its keys and arguments, then what it took."""

    def __init__(self, keys, args, candidates):
        self.keys, self.args, self.candidates = keys, args, candidates
        self.found = self.stale = False

    def took(self, result, asked):
        self.stale = result == "stale"
        if self.stale:
            self.raws, self.dropped, self.redis_ahead_s = [], [], float("inf")
        else:
            self.files_version, self.state, self.raws, self.dropped, redis_now, self.deadlines, self.states = result
            self.redis_ahead_s = redis_now / 1000 - asked
        self.found = bool(self.raws or self.dropped)


def new_id():
    return uuid.uuid4().hex
