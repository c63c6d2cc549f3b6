"""What the IDE does, apart from HTTP: projects, revisions, analysis, graph edits.

Views and consumers call these; nothing here knows about requests.
"""
import base64

from django.db import transaction
from django.http import Http404

from analyzer.source import NO_ENTRY, find_entry
from executor import packages

from . import package_store
from .analysis import analyse_for_display
from .models import Project, Revision
from .uploads import UploadRefused, split_text_and_binary

OVERRIDE_KINDS = ("sync", "post", "start", "read-only")  # a call's kind; or a write declared read-only


def owned_project(user, slug):
    """The user's project, or None: others' projects do not exist for them."""
    if user is None or not user.is_authenticated:
        return None
    return Project.objects.filter(owner=user, slug=slug).first()


def get_owned_or_404(user, slug):
    project = owned_project(user, slug)
    if project is None:
        raise Http404("no such project")
    return project


# -- revisions ----------------------------------------------------------------

@transaction.atomic
def create_project(owner, slug, name, files, message="created"):
    """A new project with its first revision, from {path: bytes}; all or nothing."""
    project = Project.objects.create(owner=owner, slug=slug, name=name or slug)
    save_files(project, files, message)
    return project


def save_files(project, files, message=""):
    """A new revision from {path: bytes}; its node_modules/ goes to the package store."""
    entry = find_entry(files)
    if entry is None:
        raise UploadRefused(NO_ENTRY)
    files, package_files = packages.split(files)
    text, binary = split_text_and_binary(files)
    if package_files:
        message += f" with node_modules/ ({len(package_files)} files)"
    return add_revision(project, text, {p: base64.b64encode(b).decode() for p, b in binary.items()}, entry, message,
                        package_store.put(package_files))


@transaction.atomic
def add_revision(project, text, binary, entry, message="", packages_digest=""):
    Project.objects.select_for_update().filter(pk=project.pk).first()
    last = project.revisions.order_by("-number").first()
    number = last.number + 1 if last else 1
    return Revision.objects.create(project=project, number=number, files=text, binary=binary,
                                   entry=entry, message=message[:200], packages=packages_digest)


def save_edited(project, text_files, message="saved"):
    """Saves the editor's text files on top of the head revision; no change, no new revision."""
    head = project.head
    files = dict(head.files) if head else {}
    changed = {p: t for p, t in text_files.items() if files.get(p) != t}
    if head and not changed:
        return head, False
    files.update(changed)
    entry = head.entry if head and head.entry in files else find_entry(files)
    if entry is None:
        raise UploadRefused(NO_ENTRY)
    binary = dict(head.binary) if head else {}
    return add_revision(project, files, binary, entry, message, head.packages if head else ""), True


def restore(project, number):
    old = project.revisions.filter(number=number).first()
    if old is None:
        raise Http404("no such revision")
    return add_revision(project, dict(old.files), dict(old.binary), old.entry, f"restored r{number}", old.packages)


# -- analysis -----------------------------------------------------------------

def analyse(project, text_files=None, show_calls=False, revision=None):
    """The project's graph with its edits applied; `text_files` (the editor's buffers) win over the stored ones."""
    revision = revision or project.head
    files = dict(revision.files) if revision else {}
    if text_files:
        files.update(text_files)
    for path in (revision.binary if revision else {}):
        files.setdefault(path, b"")
    entry = revision.entry if revision and revision.entry in files else find_entry(files)
    result = analyse_for_display(files, entry, project.overrides, show_calls, names=display_names(project))
    if "graph" in result:
        result["graph"]["edits"] = edits_of(project)
    return result


def display_names(project):
    """{fluxion id or 'file:line:column': name} as analyse_for_display applies them."""
    out = {}
    for fid, item in project.names.items():
        out[fid] = item["name"]
        if item.get("at"):
            out.setdefault(item["at"], item["name"])
    return out


def edits_of(project):
    return {"names": {k: v["name"] for k, v in project.names.items()},
            "overrides": project.overrides, "pins": project.pins}


# -- graph edits --------------------------------------------------------------

class EditRefused(ValueError):
    pass


@transaction.atomic
def apply_edit(project, kind, key, value, at=None):
    """One graph edit; value None removes it. Returns the project's edits."""
    project = Project.objects.select_for_update().get(pk=project.pk)
    if not isinstance(key, str) or not key or len(key) > 300:
        raise EditRefused("the edit needs a key")
    if value is not None and (not isinstance(value, str) or len(value) > 100):
        raise EditRefused("the value must be a short string or null")
    if kind == "rename":
        set_or_clear(project.names, key, value and {"name": value.strip(), "at": at or ""})
    elif kind == "override":
        if value is not None and value not in OVERRIDE_KINDS:
            raise EditRefused(f"an override is one of {', '.join(OVERRIDE_KINDS)}")
        if key.count(":") < 2:
            raise EditRefused("an override's key is file:line:column of the call or the write")
        set_or_clear(project.overrides, key, value)
    elif kind == "pin":
        set_or_clear(project.pins, key, value)
    else:
        raise EditRefused(f"unknown edit {kind!r}")
    project.save(update_fields=["names", "overrides", "pins"])
    return project


def set_or_clear(mapping, key, value):
    if value:
        mapping[key] = value
    else:
        mapping.pop(key, None)
