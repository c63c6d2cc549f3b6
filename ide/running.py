"""The IDE's calls into the executor (executor.api), and the live events they cause.

Every call goes through `call()`, so that an executor that is not there (not yet
written, no node alive) is one clear error for the views: ExecutorUnavailable.
"""
import time

import kombu.exceptions
import redis
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings

from executor import api
from executor.live import PLACEMENT, project_group, project_groups
from executor.origins import service_origin

from .analysis_worker import package_json_error

MAX_REQUEST_BODY = 1024 * 1024
PLACEMENT_ERRORS = tuple(e for e in [getattr(api, "PlacementError", None)] if e)


class ExecutorUnavailable(Exception):
    pass


class PlacementRefused(Exception):
    pass


class PlanRefused(Exception):
    """A load generator plan out of bounds, or a project that is not running."""


def call(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except NotImplementedError as e:
        raise ExecutorUnavailable(f"the executor is not available: {e}") from None
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, kombu.exceptions.OperationalError) as e:
        raise ExecutorUnavailable(f"the executor is not available: Redis does not answer ({e})") from None
    except PLACEMENT_ERRORS as e:
        raise PlacementRefused(str(e)) from None


def group_name(project):
    return project_group(project.pk)


def live_groups(project):
    """The Channels groups the executor sends the project's live data to: metrics frames
    (executor.monitor), events (moves, nodes, balancing) and load generator results."""
    return project_groups(project.slug)


def notify(project, event):
    """Sends `event` ({"type": "flx.placement", ...}) to the project's open WebSockets."""
    layer = get_channel_layer()
    if layer is not None:
        try:
            async_to_sync(layer.group_send)(group_name(project), event)
        except Exception:  # noqa: BLE001  (live events are best effort: the page also refreshes itself)
            pass


def deploy(project, request):
    revision = project.head
    problem = package_json_error(revision.files)
    if problem:
        raise api.DeployError(problem["message"], problem["file"], problem["line"], problem["column"])
    preflight(project, revision)
    result = call(api.deploy, project.slug, revision.as_bytes(), owner=owner_name(project),
                  overrides=dict(project.overrides), verify=project.verify)
    notify(project, {"type": PLACEMENT, "reason": "deployed"})
    return {"version": result.get("version"), "revision": revision.number, "url": service_url(project, request),
            "pins": apply_pins(project), "verify": project.verify}


def preflight(project, revision):
    """The revision analysed first in a worker of the pool, under its time, size and memory
    limits: code that would hold the web process (a huge graph, a runaway parse) is refused
    before the deployment analyses it here."""
    from .analysis import analyse_for_display
    checked = analyse_for_display(revision.files, revision.entry, overrides=dict(project.overrides))
    error = checked.get("error")
    if error:
        raise api.DeployError(error["message"], error.get("file"), error.get("line"), error.get("column"))


def apply_pins(project):
    """Moves each pinned fluxion (its unit) to its node; a pin that cannot be honoured is reported, not fatal."""
    out = []
    for fluxion, node in sorted(project.pins.items()):
        try:
            out.append({"fluxion": fluxion, **call(api.place, project.slug, fluxion, node)})
        except PlacementRefused as e:
            out.append({"fluxion": fluxion, "to": node, "error": str(e)})
    return out


def owner_name(project):
    """The project's owner as the executor's registry of names knows it."""
    return f"user:{project.owner_id}"


def name_taken(slug, user):
    """Whether the executor holds `slug` for somebody other than `user` (a deployment
    from the command line, another account's); unknown (False) without an executor."""
    try:
        owner = call(api.owner_of, slug)
    except ExecutorUnavailable:
        return False
    return owner is not None and owner != f"user:{user.pk}"


def forget(project):
    """The project is deleted: the executor drops everything it stored, and its name."""
    call(api.forget, project.slug)


def stop(project):
    call(api.stop, project.slug)
    notify(project, {"type": PLACEMENT, "reason": "stopped"})
    return {"stopped": True}


def status(project, request):
    out = call(api.status, project.slug)
    out["url"] = service_url(project, request)
    out["nodes"] = [n["name"] for n in call(api.nodes) if n["alive"]]
    return out


def service_url(project, request):
    """Where the service answers: on the services' host, never the IDE's (executor/origins.py)."""
    return f"{service_origin(request)}/svc/{project.slug}/"


def placement(project):
    return {"nodes": call(api.nodes), "units": call(api.placement, project.slug)}


def place(project, unit, node):
    result = call(api.place, project.slug, unit, node)
    notify(project, {"type": PLACEMENT, "reason": "moved", "move": result})
    return result


def logs(project, since_ms=0, limit=200):
    return call(api.logs, project.slug, since_ms=since_ms, limit=limit)


def send_request(project, method, path, headers, body):
    """One request to the deployed service: {status, headers, body, ms}."""
    if not path.startswith("/"):
        path = "/" + path
    started = time.perf_counter()
    status_code, out_headers, out_body = call(async_to_sync(api.request), project.slug, method.upper(), path,
                                              headers=headers, body=body.encode("utf-8"))
    ms = (time.perf_counter() - started) * 1000
    text = out_body.decode("utf-8", errors="replace") if isinstance(out_body, bytes) else str(out_body)
    return {"status": status_code, "headers": [list(h) for h in out_headers], "body": text, "ms": round(ms, 1)}


# -- live load ----------------------------------------------------------------------

def history(project):
    """What a dashboard shows when it opens: the last 15 minutes of frames, the events,
    the load generator's runs and whether the balancer is on."""
    slug = project.slug
    return {"frames": call(api.frames, slug), "events": call(api.events, slug),
            "runs": call(api.load_runs, slug), "balancer": call(api.balancer_on, slug)}


def start_load(project, routes, rate=None, concurrency=None, duration_s=10):
    if not call(api.status, project.slug).get("deployed"):
        raise PlanRefused("the project is not running: deploy it first")
    limit = settings.LIQUEFY_LOAD_RUNS_PER_USER
    going = [slug for slug in project.owner.projects.values_list("slug", flat=True)
             if any(api.run_going(run) for run in call(api.load_runs, slug))]
    if len(going) >= limit:
        raise PlanRefused(f"{len(going)} load runs of yours are going on ({', '.join(going)}); "
                          f"at most {limit} at a time")
    try:
        run = call(api.start_load, project.slug, routes, rate=rate, concurrency=concurrency, duration_s=duration_s)
    except ValueError as e:
        raise PlanRefused(str(e)) from None
    return {"run": run}


def cancel_load(project, run_id):
    try:
        call(api.cancel_load, project.slug, run_id)
    except ValueError as e:
        raise PlanRefused(str(e)) from None
    return {"run": run_id, "cancelling": True}


def load_runs(project):
    return {"runs": call(api.load_runs, project.slug)}


def load_run(project, run_id):
    return {"run": run_id, "seconds": call(api.load_run, project.slug, run_id)}


def balancer(project, on=None):
    """Turns the project's automatic balancer on or off (on=None: only asks)."""
    if on is not None:
        call(api.set_balancer, project.slug, bool(on))
    return {"on": call(api.balancer_on, project.slug)}
