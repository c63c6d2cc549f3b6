"""The IDE page's JSON endpoints under /api/projects/<slug>/. Owner only: 404 for anyone else."""
import functools
import json
import math

from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from analyzer.source import path_problem
from executor.api import DeployError

from . import running, services
from .analysis import json_answer
from .uploads import UploadRefused

MAX_FILES_CHARS = 2_000_000
LOAD_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
MAX_LOAD_ROUTES = 20


def owner_json(view):
    """Resolves `slug` to the user's project, answers 404 otherwise; turns known errors into JSON."""
    @functools.wraps(view)
    def wrapped(request, slug, *args, **kwargs):
        project = services.owned_project(request.user, slug)
        if project is None:
            return JsonResponse({"error": {"message": "no such project"}}, status=404)
        try:
            body = json.loads(request.body or b"{}") if request.method == "POST" else {}
            if not isinstance(body, dict):
                raise ValueError
        except ValueError:
            return JsonResponse({"error": {"message": "request body is not a JSON object"}}, status=400)
        try:
            result = view(request, project, body, *args, **kwargs)
            if isinstance(result, dict) and "error" in result:  # an analysis that failed on the code
                return json_answer(result)
            return JsonResponse(result, safe=False)
        except running.ExecutorUnavailable as e:
            return JsonResponse({"error": {"message": str(e)}}, status=503)
        except DeployError as e:
            return JsonResponse({"error": e.as_dict()}, status=400)
        except (UploadRefused, services.EditRefused, running.PlacementRefused, running.PlanRefused) as e:
            return JsonResponse({"error": {"message": str(e)}}, status=400)
    return wrapped


def text_files(body):
    files = body.get("files") or {}
    if not isinstance(files, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise UploadRefused("`files` must map paths to text")
    for path in files:
        problem = path_problem(path)
        if problem:
            raise UploadRefused(f"{path!r}: {problem}")
    if sum(len(v) for v in files.values()) > MAX_FILES_CHARS:
        raise UploadRefused(f"the files are longer than {MAX_FILES_CHARS} characters")
    return files


@require_POST
@owner_json
def analyze(request, project, body):
    """The graph of the editor's current text (unsaved), with the project's edits."""
    return services.analyse(project, text_files(body), bool(body.get("show_calls")))


@require_POST
@owner_json
def save(request, project, body):
    revision, created = services.save_edited(project, text_files(body), str(body.get("message") or "saved"))
    return {"revision": revision.number, "created": created}


@require_POST
@owner_json
def edit(request, project, body):
    """One graph edit: {kind: rename|override|pin, key, value (null clears), at}."""
    project = services.apply_edit(project, body.get("kind"), body.get("key"), body.get("value"), body.get("at"))
    return services.edits_of(project)


@require_POST
@owner_json
def deploy(request, project, body):
    return running.deploy(project, request)


@require_POST
@owner_json
def stop(request, project, body):
    return running.stop(project)


@require_GET
@owner_json
def status(request, project, body):
    """Asked on every page load: an executor that does not answer is a state here, not an error."""
    try:
        return running.status(project, request)
    except running.ExecutorUnavailable as e:
        return {"deployed": False, "unavailable": str(e), "url": running.service_url(project, request)}


@require_GET
@owner_json
def logs(request, project, body):
    return {"entries": running.logs(project, since_ms=since_ms(request.GET.get("since")))}


def since_ms(value):
    """A `since` (ms since the epoch): a whole number of at most 15 digits, else UploadRefused (400)."""
    if value is None or value == "":
        return 0
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10 ** 15:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 15:
        return int(value)
    raise UploadRefused("`since` must be a time in milliseconds: a whole number, 0 or more")


@require_POST
@owner_json
def send_request(request, project, body):
    method = str(body.get("method") or "GET")
    headers = body.get("headers") or {}
    if not isinstance(headers, dict):
        raise UploadRefused("`headers` must be an object")
    payload = str(body.get("body") or "")
    if len(payload) > running.MAX_REQUEST_BODY:
        raise UploadRefused("the request body is too long")
    return running.send_request(project, method, str(body.get("path") or "/"),
                                {str(k): str(v) for k, v in headers.items()}, payload)


@require_GET
@owner_json
def placement(request, project, body):
    return running.placement(project)


@require_POST
@owner_json
def place(request, project, body):
    unit, node = body.get("unit"), body.get("node")
    if not isinstance(unit, str) or not isinstance(node, str):
        raise UploadRefused("`unit` and `node` are needed")
    return running.place(project, unit, node)


# -- live load ------------------------------------------------------------------------

def number(body, key, integer=False):
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise running.PlanRefused(f"`{key}` must be {'a whole number' if integer else 'a number'}")
    if not math.isfinite(value):
        raise running.PlanRefused(f"`{key}` must be a finite number")
    if integer and value != int(value):
        raise running.PlanRefused(f"`{key}` must be a whole number")
    return int(value) if integer else value


def load_route(route):
    """One route of a load plan, checked: {method, path, body, weight}."""
    if not isinstance(route, dict):
        raise running.PlanRefused("each route is an object {method, path, body}")
    method = str(route.get("method") or "GET").upper()
    if method not in LOAD_METHODS:
        raise running.PlanRefused(f"unknown method {method}")
    path = route.get("path")
    if not isinstance(path, str) or not path.startswith("/"):
        raise running.PlanRefused("each route's path must start with /")
    payload = route.get("body")
    if payload is not None and not isinstance(payload, (str, dict, list)):
        raise running.PlanRefused("a route's body is text or JSON")
    if len(json.dumps(payload)) > running.MAX_REQUEST_BODY:
        raise running.PlanRefused("a route's body is too long")
    weight = number(route, "weight")
    if weight is not None and weight <= 0:
        raise running.PlanRefused("a route's weight must be above 0")
    return {"method": method, "path": path, "body": payload or None, "weight": 1 if weight is None else weight}


@require_POST
@owner_json
def start_load(request, project, body):
    """Starts the load generator: {routes: [{method, path, body}], rate or concurrency, duration_s} -> {run}."""
    routes = body.get("routes")
    if not isinstance(routes, list) or len(routes) > MAX_LOAD_ROUTES:
        raise running.PlanRefused(f"`routes` must be a list of at most {MAX_LOAD_ROUTES} routes")
    duration = number(body, "duration_s")
    return running.start_load(project, [load_route(r) for r in routes], rate=number(body, "rate"),
                              concurrency=number(body, "concurrency", integer=True),
                              duration_s=10 if duration is None else duration)


@require_POST
@owner_json
def cancel_load(request, project, body):
    """Ends a load run early: {run} -> {run, cancelling}."""
    return running.cancel_load(project, str(body.get("run") or ""))


@require_GET
@owner_json
def load_runs(request, project, body):
    run = request.GET.get("run")
    return running.load_run(project, run) if run else running.load_runs(project)


@require_http_methods(["GET", "POST"])
@owner_json
def verify(request, project, body):
    """GET: {on}; POST {on: bool}: verify mode for the project's next deploys (a deploy setting)."""
    if request.method == "POST":
        if not isinstance(body.get("on"), bool):
            raise UploadRefused("`on` must be true or false")
        project.verify = body["on"]
        project.save(update_fields=["verify"])
    return {"on": project.verify}


@require_http_methods(["GET", "POST"])
@owner_json
def balancer(request, project, body):
    """GET: {on}; POST {on: bool}: turns the project's automatic balancer on or off."""
    if request.method == "GET":
        return running.balancer(project)
    if not isinstance(body.get("on"), bool):
        raise UploadRefused("`on` must be true or false")
    return running.balancer(project, body["on"])
