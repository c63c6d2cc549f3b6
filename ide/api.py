"""The IDE page's JSON endpoints under /api/projects/<slug>/. Owner only: 404 for anyone else."""
import functools
import json

from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST

from executor.api import DeployError

from . import running, services
from .uploads import UploadRefused

MAX_FILES_CHARS = 2_000_000


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
            return JsonResponse(view(request, project, body, *args, **kwargs), safe=False)
        except running.ExecutorUnavailable as e:
            return JsonResponse({"error": {"message": str(e)}}, status=503)
        except DeployError as e:
            return JsonResponse({"error": e.as_dict()}, status=400)
        except (UploadRefused, services.EditRefused, running.PlacementRefused) as e:
            return JsonResponse({"error": {"message": str(e)}}, status=400)
    return wrapped


def text_files(body):
    files = body.get("files") or {}
    if not isinstance(files, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise UploadRefused("`files` must map paths to text")
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
    return running.deploy(project)


@require_POST
@owner_json
def stop(request, project, body):
    return running.stop(project)


@require_GET
@owner_json
def status(request, project, body):
    """Asked on every page load: an executor that does not answer is a state here, not an error."""
    try:
        return running.status(project)
    except running.ExecutorUnavailable as e:
        return {"deployed": False, "unavailable": str(e), "url": running.service_url(project)}


@require_GET
@owner_json
def logs(request, project, body):
    since = int(request.GET.get("since") or 0)
    return {"entries": running.logs(project, since_ms=since)}


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
