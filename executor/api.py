"""The executor as the rest of Liquefy (the IDE, management commands) sees it.

Everything here talks to Redis; nothing needs a node to be in this process.
"""
import json
import time
from functools import lru_cache

from . import events as event_log
from . import keys, redis_client
from . import placement as placing
from .celery_app import app as celery_app
from .deploy import deploy as run_deploy
from .deploy import drop_state, drop_timers
from .errors import DeployError, PlacementError  # noqa: F401  (the facade's errors)
from .gateway import send
from .loadgen import MAX_DURATION_S, Plan, new_run_id


@lru_cache(maxsize=None)
def _client(url):
    # no read timeout: deploy waits on BLPOP for main longer than redis-py's default 5 s
    return redis_client.connect(url, decode_responses=True, socket_timeout=None)


def client():
    from django.conf import settings
    return _client(settings.REDIS_URL)


def now_ms():
    return int(time.time() * 1000)


def deploy(slug, files, *, owner=keys.OPERATOR, reset=False, overrides=None, env=None, pins=None, timeout_s=30,
           verify=False):
    """Analyses, compiles and starts `files` ({path: bytes}) as project `slug` of `owner`;
    `verify` turns verify mode on for it (docs/executor.md).

    Returns {"version", "graph", "units", "placement"}; raises DeployError, also when
    the name belongs to another owner.
    """
    if not keys.SLUG_PATTERN.fullmatch(slug or ""):
        raise DeployError(f"the name {slug!r} is not a service name: lowercase letters, digits and dashes, "
                          "starting with a letter or digit, at most 63 characters")
    return run_deploy(client(), slug, files, owner=owner, reset=reset, overrides=overrides, env=env, pins=pins,
                      timeout_s=timeout_s, verify=verify)


def owner_of(slug):
    """Who the name `slug` belongs to in the executor, or None when it is free."""
    return client().hget(keys.OWNERS, slug)


def forget(slug):
    """Stops the project and drops everything it stored (contexts, files, its Redis keys,
    logs, metrics); its name is free again. Its version counter stays, so that no node
    takes a later project of that name for the old one."""
    stop(slug)
    r = client()
    drop_state(r, slug)
    r.hdel(keys.meta(slug), "status", "entry", "deployed_ms")
    r.hdel(keys.OWNERS, slug)


def stop(slug):
    """Stops the project: the gateway answers 503 until the next deploy; its timers
    and intervals are dropped (a deploy runs main, which sets them again)."""
    r = client()
    r.hset(keys.meta(slug), "status", "stopped")
    r.srem(keys.PROJECTS, slug)
    drop_timers(r, slug)
    placing.wake_all(r)


def status(slug):
    r = client()
    meta = r.hgetall(keys.meta(slug))
    return {"deployed": meta.get("status") == "running", "status": meta.get("status"),
            "version": int(meta["version"]) if meta.get("version") else None,
            "placement": placement(slug) if meta else {}}


def nodes():
    return placing.nodes(client())


def placement(slug):
    """{unit: {"node": name or None, "fluxions": [...], "replicated": bool, "moving_to": node or None}}"""
    return placing.table(client(), slug)


def unit_of(slug, fluxion_or_unit):
    return placing.unit_of(client(), slug, fluxion_or_unit)


def place(slug, fluxion_or_unit, node, timeout=10.0):
    """Moves a fluxion (its whole unit) to `node` while traffic flows (executor/placement.py)."""
    return placing.place(client(), slug, fluxion_or_unit, node, timeout)


def logs(slug, since_ms=0, limit=200):
    """The project's console output and errors, oldest first."""
    r = client()
    entries = [json.loads(x) for x in r.lrange(keys.log(slug), 0, limit - 1)]
    return [e for e in reversed(entries) if e["ts"] >= since_ms]


def error(slug, error_id):
    raw = client().hget(keys.errors(slug), error_id)
    return json.loads(raw) if raw else None


async def request(slug, method, path, headers=None, body=b"", timeout_ms=None):
    """Sends one HTTP request to the deployed service, as the gateway does.

    Returns (status, [(header, value)], body bytes).
    """
    lowered = {k.lower(): v for k, v in (headers or {}).items()}
    if body and "content-length" not in lowered:
        lowered["content-length"] = str(len(body))
    return await send(slug, method.upper(), path if path.startswith("/") else "/" + path, lowered,
                      body or b"", timeout_ms=timeout_ms)


# -- live load (issue: dashboards, load generator, balancing) ---------------------

def frames(slug, since_ms=0, limit=900):
    """The last metrics frames of the project (one per second, up to 15 minutes)."""
    raw = client().lrange(keys.frames(slug), -limit, -1)
    return [f for f in (json.loads(x) for x in raw) if f["ts"] >= since_ms]


def events(slug, limit=200):
    """Moves, node joins and leaves, deploys, balancing decisions, oldest first."""
    return event_log.of_project(client(), slug, limit)


def set_balancer(slug, on):
    r = client()
    if on:
        r.set(keys.balancer(slug), "on")
    else:
        r.delete(keys.balancer(slug))
    event_log.publish(r, {"type": "balancer", "on": bool(on)}, slug)


def balancer_on(slug):
    return client().get(keys.balancer(slug)) == "on"


def start_load(slug, routes, rate=None, concurrency=None, duration_s=10):
    """Starts the load generator on the control worker; returns the run id.
    Raises ValueError for a plan out of bounds."""
    plan = Plan(routes, rate=rate, concurrency=concurrency, duration_s=duration_s)
    r = client()
    if r.hget(keys.meta(slug), "status") != "running":
        raise ValueError(f"{slug} is not running: deploy it first")
    if not r.exists(keys.CONTROL_ALIVE):
        raise ValueError("no control worker is running to generate the load (`make run` starts one)")
    going = [run for run in load_runs(slug) if run_going(run)]
    if going:
        raise ValueError(f"load run {going[0]['run']} is still going on for {slug}: cancel it or wait for its end")
    run_id = new_run_id()
    client().hset(keys.load_runs(slug), run_id, json.dumps({"run": run_id, "plan": plan.as_dict(),
                                                            "state": "queued", "started_ms": now_ms()}))
    celery_app.send_task("executor.loadgen", args=[slug, run_id, plan.as_dict()], queue="liquefy")
    return run_id


def run_going(run):
    """Queued or running, and not past its duration plus a minute (a control worker that
    died leaves its run `running`)."""
    limit_ms = (run.get("plan", {}).get("duration_s", 0) + 60) * 1000
    return run.get("state") in ("queued", "running") and now_ms() - run.get("started_ms", 0) < limit_ms


def cancel_load(slug, run_id):
    """Ends a load run early (within a second); its summary says `cancelled`."""
    r = client()
    if not r.hexists(keys.load_runs(slug), run_id):
        raise ValueError(f"{slug} has no load run {run_id}")
    r.set(keys.load_cancel(slug, run_id), 1, ex=MAX_DURATION_S + keys.REPLY_TTL_S)


def load_runs(slug):
    """Every load generator run of the project, newest first."""
    runs = [json.loads(x) for x in client().hvals(keys.load_runs(slug))]
    return sorted(runs, key=lambda r: r.get("started_ms", 0), reverse=True)


def load_run(slug, run_id):
    """The per-second results of one run."""
    return [json.loads(x) for x in client().lrange(keys.load_run(slug, run_id), 0, -1)]
