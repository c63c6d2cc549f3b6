"""New projects (example, paste, upload), revisions, and that a project is its owner's alone."""
import io
import zipfile

from django.conf import settings
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from ide.models import Project, Revision

pytestmark = pytest.mark.django_db


def zip_of(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for path, content in files.items():
            z.writestr(path, content)
    return buf.getvalue()


def new(client, **data):
    return client.post("/new/", {"source": "example", "example": "hello", "name": "", **data})


def test_new_project_from_example(alice_client, alice):
    answer = new(alice_client, slug="counter", example="shared-counter")
    assert answer.status_code == 302 and answer.url == "/p/counter/"
    p = Project.objects.get(slug="counter")
    assert p.owner == alice and p.head.number == 1 and "total" in p.head.files["app.js"]


def test_new_project_from_example_keeps_data_files(alice_client):
    new(alice_client, slug="rf", example="readfile")
    assert "data/greeting.txt" in Project.objects.get(slug="rf").head.files


def test_new_project_from_pasted_code(alice_client):
    new(alice_client, slug="pasted", source="paste", code="var x = 1;\nmodule.exports = x;\n")
    assert Project.objects.get(slug="pasted").head.files == {"app.js": "var x = 1;\nmodule.exports = x;\n"}


def test_new_project_from_js_upload(alice_client):
    f = SimpleUploadedFile("server.js", b"var http = require('http');\n")
    new(alice_client, slug="up-js", source="upload", upload=f)
    head = Project.objects.get(slug="up-js").head
    assert head.entry == "server.js" and head.files["server.js"].startswith("var http")


def test_new_project_from_zip_of_a_folder(alice_client):
    data = zip_of({"svc/app.js": "var lib = require('./lib/x');", "svc/lib/x.js": "module.exports = 1;",
                   "svc/data/pic.bin": b"\x00\x01\x02", "svc/node_modules/express/index.js": "ignored"})
    new(alice_client, slug="up-zip", source="upload", upload=SimpleUploadedFile("svc.zip", data))
    head = Project.objects.get(slug="up-zip").head
    assert sorted(head.files) == ["app.js", "lib/x.js"] and list(head.binary) == ["data/pic.bin"]
    assert head.as_bytes()["data/pic.bin"] == b"\x00\x01\x02" and head.entry == "app.js"


@pytest.mark.parametrize("slug", ["Upper", "with space", "under_score", "-lead", "trail-", "double--dash", "a" * 41])
def test_slug_refused_unless_lowercase_digits_dashes(alice_client, slug):
    answer = new(alice_client, slug=slug)
    assert answer.status_code == 200 and answer.context["form"].errors["slug"]
    assert not Project.objects.exists()


def test_slug_must_be_unique_across_users(alice_client, bob_client):
    new(alice_client, slug="taken")
    answer = new(bob_client, slug="taken")
    assert "This slug is taken." in answer.context["form"].errors["slug"]
    assert Project.objects.count() == 1


def test_empty_paste_refused(alice_client):
    answer = new(alice_client, slug="empty", source="paste", code="  ")
    assert answer.context["form"].errors["code"] and not Project.objects.exists()


def test_ide_page_shows_project_files(alice_client, project):
    page = alice_client.get("/p/readfile/")
    assert page.status_code == 200
    assert page.context["boot"]["entry"] == "app.js" and "app.js" in page.context["boot"]["files"]
    assert b"vendor/codemirror.js" in page.content


def test_static_bundle_is_served(client):
    answer = client.get("/static/ide/vendor/codemirror.js")
    assert answer.status_code == 200


# -- revisions -----------------------------------------------------------------

def save(client, files, slug="readfile"):
    return client.post(f"/api/projects/{slug}/save", {"files": files}, content_type="application/json")


def test_every_save_is_a_revision(alice_client, project):
    answer = save(alice_client, {"app.js": "var a = 1;"})
    assert answer.json() == {"revision": 2, "created": True}
    assert project.head.files["app.js"] == "var a = 1;" and "data/greeting.txt" in project.head.files


def test_saving_unchanged_files_makes_no_revision(alice_client, project):
    assert save(alice_client, {"app.js": project.head.files["app.js"]}).json() == {"revision": 1, "created": False}


def test_earlier_revision_can_be_viewed_and_restored(alice_client, project):
    original = project.head.files["app.js"]
    save(alice_client, {"app.js": "var changed = 1;"})
    listing = alice_client.get("/p/readfile/revisions/")
    assert listing.status_code == 200 and len(listing.context["revisions"]) == 2
    view = alice_client.get("/p/readfile/revisions/1/")
    assert view.status_code == 200 and "function handler" in view.content.decode()
    assert alice_client.post("/p/readfile/revisions/1/restore").status_code == 302
    head = Project.objects.get(slug="readfile").head
    assert head.number == 3 and head.files["app.js"] == original and head.message == "restored r1"


def test_unknown_revision_is_404(alice_client, project):
    assert alice_client.get("/p/readfile/revisions/9/").status_code == 404
    assert alice_client.post("/p/readfile/revisions/9/restore").status_code == 404


def test_upload_into_existing_project_is_a_new_revision(alice_client, project):
    data = zip_of({"app.js": "var express = require('express');\nvar app = express();\n"})
    answer = alice_client.post("/p/readfile/upload", {"upload": SimpleUploadedFile("s.zip", data)})
    assert answer.status_code == 302
    assert project.head.number == 2 and list(project.head.files) == ["app.js"]


# -- a project is its owner's alone ------------------------------------------

OTHERS_PAGES = ["/p/readfile/", "/p/readfile/revisions/", "/p/readfile/revisions/1/", "/p/readfile/export.json",
                "/p/readfile/export.svg"]


@pytest.mark.parametrize("url", OTHERS_PAGES)
def test_others_project_pages_are_404(bob_client, project, url):
    assert bob_client.get(url).status_code == 404


@pytest.mark.parametrize("url", ["/p/readfile/revisions/1/restore", "/p/readfile/upload"])
def test_others_project_posts_are_404_and_change_nothing(bob_client, project, url):
    data = {"upload": SimpleUploadedFile("app.js", b"var hacked = 1;")}
    assert bob_client.post(url, data).status_code == 404
    assert Revision.objects.filter(project=project).count() == 1


def test_csrf_enforced_on_new_project_and_restore(alice, project):
    c = Client(enforce_csrf_checks=True)
    c.force_login(alice)
    assert c.post("/new/", {"slug": "x", "source": "example", "example": "hello"}).status_code == 403
    assert c.post("/p/readfile/revisions/1/restore").status_code == 403
    assert c.post("/p/readfile/upload", {}).status_code == 403
    assert Project.objects.count() == 1 and project.revisions.count() == 1


def test_csrf_token_makes_post_work(alice):
    c = Client(enforce_csrf_checks=True)
    c.force_login(alice)
    page = c.get("/new/")
    token = page.cookies[settings.CSRF_COOKIE_NAME].value
    answer = c.post("/new/", {"slug": "ok", "source": "example", "example": "hello", "csrfmiddlewaretoken": token})
    assert answer.status_code == 302
