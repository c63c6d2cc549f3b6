"""Pages of the IDE. Thin: the work is in services, uploads and running."""
import json

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from . import running, services
from .analysis import analyse_for_display, export
from .forms import ProjectForm, SignupForm, UploadForm
from .uploads import UploadRefused

MAX_SOURCE_CHARS = 500_000
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
    return render(request, "registration/signup.html", {"form": form})


@login_required
def project_new(request):
    form = ProjectForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            project = services.create_project(request.user, data["slug"], data["name"], data["files"])
        except UploadRefused as e:
            form.add_error(None, str(e))
        else:
            return redirect("project", slug=project.slug)
    return render(request, "ide/project_new.html", {"form": form})


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
        return JsonResponse(result, status=422)
    content, content_type, ext = export(result, fmt, show_calls)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{slug}.{ext}"'
    return response


# -- the playground: the analyzer alone, no account needed -------------------

def playground(request):
    """Paste code, see its fluxion graph."""
    return render(request, "ide/playground.html")


@require_POST
def api_analyze(request):
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": {"message": "request body is not JSON"}}, status=400)
    code = body.get("code")
    if not isinstance(code, str):
        return JsonResponse({"error": {"message": "`code` must be a string"}}, status=400)
    if len(code) > MAX_SOURCE_CHARS:
        return JsonResponse({"error": {"message": f"code longer than {MAX_SOURCE_CHARS} characters"}}, status=413)
    return JsonResponse(analyse_for_display({"app.js": code}, "app.js"))
