"""Pages of the IDE. Thin: the work is in services, uploads and running."""
import json
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from . import examples, running, services
from .analysis import analyse_for_display, export, json_answer
from .forms import ProjectForm, SignupForm, UploadForm
from .uploads import UploadRefused

EXPORT_FORMATS = ("json", "flx", "dot", "svg")


def home(request):
    """The user's projects; the landing page for visitors."""
    if not request.user.is_authenticated:
        return render(request, "ide/landing.html")
    return render(request, "ide/projects.html", {"projects": request.user.projects.all()})


def signup(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("project-new")
    return render(request, "registration/signup.html", {"form": form, "carried": PLAYGROUND_CODE in request.session})


@login_required
def project_new(request):
    carried = request.session.get(PLAYGROUND_CODE)
    initial = {"source": "paste", "code": carried} if carried else None
    form = ProjectForm(request.POST or None, request.FILES or None, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            project = services.create_project(request.user, data["slug"], data["name"], data["files"])
        except UploadRefused as e:
            form.add_error(None, str(e))
        else:
            request.session.pop(PLAYGROUND_CODE, None)
            return redirect("project", slug=project.slug)
    return render(request, "ide/project_new.html", {"form": form, "carried": bool(carried)})


@login_required
def project(request, slug):
    """The IDE itself: editor, graph, run and placement panes."""
    project = services.get_owned_or_404(request.user, slug)
    head = project.head
    boot = {"slug": project.slug, "revision": head.number if head else None, "entry": head.entry if head else "",
            "files": head.files if head else {}, "data": sorted(head.binary) if head else [],
            "url": running.service_url(project, request)}
    return render(request, "ide/ide.html", {"project": project, "boot": boot})


@login_required
@require_POST
def project_delete(request, slug):
    """Deletes the project, its revisions and everything the executor stored for it."""
    project = services.get_owned_or_404(request.user, slug)
    project.delete()
    messages.success(request, f"Project {slug} deleted.")
    return redirect("home")


@login_required
def revisions(request, slug):
    project = services.get_owned_or_404(request.user, slug)
    return render(request, "ide/revisions.html", {"project": project, "revisions": project.revisions.all()})


@login_required
def revision_detail(request, slug, number):
    project = services.get_owned_or_404(request.user, slug)
    revision = project.revisions.filter(number=number).first()
    if revision is None:
        return HttpResponse("no such revision", status=404)
    return render(request, "ide/revision.html", {"project": project, "revision": revision,
                                                 "files": sorted(revision.files.items())})


@login_required
@require_POST
def revision_restore(request, slug, number):
    project = services.get_owned_or_404(request.user, slug)
    revision = services.restore(project, number)
    messages.success(request, f"Restored revision {number} as revision {revision.number}.")
    return redirect("project", slug=slug)


@login_required
@require_POST
def upload(request, slug):
    """Replaces the service by an uploaded .js or .zip: a new revision, or nothing."""
    project = services.get_owned_or_404(request.user, slug)
    form = UploadForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            revision = services.save_files(project, form.cleaned_data["files"], f"uploaded {request.FILES['upload'].name}")
        except UploadRefused as e:
            messages.error(request, f"Upload refused: {e}")
        else:
            messages.success(request, f"Uploaded as revision {revision.number}.")
    else:
        messages.error(request, "Upload refused: " + " ".join(form.errors.get("upload", ["no file"])))
    return redirect("project", slug=slug)


@login_required
def export_graph(request, slug, fmt):
    project = services.get_owned_or_404(request.user, slug)
    if fmt not in EXPORT_FORMATS:
        return HttpResponse("unknown format", status=404)
    show_calls = request.GET.get("calls") == "1"
    result = services.analyse(project, show_calls=show_calls)
    if "error" in result:
        return json_answer(result)
    content, content_type, ext = export(result, fmt, show_calls)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{slug}.{ext}"'
    return response


# -- the playground: the analyzer alone, no account needed -------------------

PLAYGROUND_CODE = "playground_code"  # the session key of the code carried into a new project
PLAYGROUND_MAX_FILES = 20


def playground(request):
    """The IDE's editor and diagram on one file: the example asked for, else the code kept for a new
    project, else the smallest example."""
    chosen = request.GET.get("example") or "hello"
    if chosen not in examples.DESCRIPTIONS:
        chosen = "hello"
    kept = request.session.get(PLAYGROUND_CODE)
    code = kept if kept and "example" not in request.GET else examples.files(chosen)["app.js"].decode("utf-8")
    return render(request, "ide/playground.html", {
        "boot": {"files": {"app.js": code}, "entry": "app.js"},
        "examples": examples.DESCRIPTIONS, "chosen": chosen})


@require_POST
def playground_keep(request):
    """Keeps the playground's code in the session for a new project: sign up (or log in) and create it."""
    code = request.POST.get("code", "")
    if len(code) > settings.LIQUEFY_PLAYGROUND_MAX_CHARS:
        return HttpResponse("the code is too long to keep", status=413)
    request.session[PLAYGROUND_CODE] = code.replace("\r\n", "\n")
    return redirect("project-new" if request.user.is_authenticated else "signup")


@require_POST
def api_analyze(request):
    retry = playground_retry_after(request)
    if retry:
        limit = settings.LIQUEFY_PLAYGROUND_ANALYSES_PER_MINUTE
        response = JsonResponse({"error": {"message": f"at most {limit} analyses a minute from one address: "
                                                      f"wait {retry} s", "status": 429}}, status=429)
        response["Retry-After"] = str(retry)
        return response
    try:
        body = json.loads(request.body or b"{}")
        if not isinstance(body, dict):
            raise ValueError
    except ValueError:
        return JsonResponse({"error": {"message": "the request body is not a JSON object"}}, status=400)
    files = body.get("files", {"app.js": body.get("code")})
    if not isinstance(files, dict) or not 0 < len(files) <= PLAYGROUND_MAX_FILES or \
            not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        return JsonResponse({"error": {"message": "`code` must be a string (or `files` map at most "
                                                  f"{PLAYGROUND_MAX_FILES} paths to text)"}}, status=400)
    size, limit = sum(len(p) + len(v) for p, v in files.items()), settings.LIQUEFY_PLAYGROUND_MAX_CHARS
    if size > limit:
        return JsonResponse({"error": {"message": f"the code is {size} characters; the playground takes "
                                                  f"at most {limit} characters"}}, status=413)
    entry = "app.js" if "app.js" in files else None
    return json_answer(analyse_for_display(files, entry, show_calls=bool(body.get("show_calls"))))


def playground_retry_after(request):
    """Seconds until the client's address may analyse again, or 0: a fixed one-minute window
    per address in Django's cache."""
    now = time.time()
    key = f"liquefy:playground:{request.META.get('REMOTE_ADDR', '')}:{int(now // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=120)
        count = 1
    if count <= settings.LIQUEFY_PLAYGROUND_ANALYSES_PER_MINUTE:
        return 0
    return max(1, 60 - int(now % 60))
