"""Deploys as a state machine that any node can finish.

A deployment goes through phases recorded in the project's meta (`deploy_phase`):

  stored       bundle, units and files written, status `starting`
  main-queued  the units placed and main's message queued (`main_rid`, `main_queued_ms`)
  done         main ran: its node set the status to `running` (or `stopped`, with the
               reason, when main failed), in the same pipeline as main's snapshot

The process that deploys holds a lease (`flx:p:{<slug>}:deploying`, a few seconds,
renewed while it waits for main). If it dies (a web process killed mid-deploy),
the lease runs out and a node, at its next refresh, takes the deploy over where it
stopped: it places the units and queues main again when main was never queued, or
was queued so long ago that the message must be lost (a safety net: a node
that dies while it runs main has it put back in its queue, executor/node.py). The project never stays `starting` for good.
"""
import json
import time

from . import keys
from .effects import enqueue
from .placement import assign_placement, wake_all
from .protocol import main_message

LEASE_S = 10
MAIN_LOST_AFTER_S = 120  # longer than a main could run: load and message time limits
RESUME_LOCK_S = 30


def now_ms():
    return int(time.time() * 1000)


def hold_lease(r, slug):
    r.set(keys.deploying(slug), "1", ex=LEASE_S)


def drop_lease(r, slug):
    r.delete(keys.deploying(slug))


def queue_main(r, slug, version, keep):
    """Queues main's message for `version`; returns its request id (where its outcome is pushed)."""
    rid = keys.request_id(slug)
    message = main_message(rid, version, keep)
    pipe = r.pipeline(transaction=True)
    pipe.hset(keys.meta(slug), mapping={"deploy_phase": "main-queued", "main_rid": rid,
                                        "main_queued_ms": now_ms()})
    enqueue(pipe, slug, keys.MAIN_UNIT, json.dumps(message))
    pipe.execute()
    return rid


def stranded(r, slug, meta):
    """Whether the deploy of `slug` (its meta as read) was left half-done."""
    if meta.get("status") != "starting" or r.exists(keys.deploying(slug)):
        return False
    phase = meta.get("deploy_phase")
    if phase == "stored":
        return True
    if phase == "main-queued":
        waited_s = (now_ms() - int(meta.get("main_queued_ms", 0))) / 1000
        return waited_s > MAIN_LOST_AFTER_S and not r.llen(keys.queue(slug, keys.MAIN_UNIT))
    return False


def resume_stranded(r, metas, log):
    """Takes over each deploy left half-done ({slug: meta}); one node does, by a lock."""
    for slug, meta in metas.items():
        if not stranded(r, slug, meta) or not r.set(keys.deploy_resume_lock(slug), "1", nx=True, ex=RESUME_LOCK_S):
            continue
        units = {u: json.loads(v) for u, v in r.hgetall(keys.units(slug)).items()}
        if meta.get("deploy_phase") == "stored":
            assign_placement(r, slug, units)
        keep = json.loads(meta.get("deploy_keep") or "[]")
        queue_main(r, slug, int(meta.get("version", 0)), keep)
        wake_all(r)
        log(slug, f"the deploy of version {meta.get('version')} was left half-done (phase {meta.get('deploy_phase')}, "
                  "its process stopped): resumed by a node")
