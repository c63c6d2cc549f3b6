"""Every bad upload is refused with a reason, and nothing is saved."""
import io
import stat
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ide.models import Project, Revision
from ide.uploads import UploadRefused, read_upload, safe_path

pytestmark = pytest.mark.django_db

APP = b"var express = require('express');\nvar app = express();\nmodule.exports = app;\n"


def zip_bytes(files, compression=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for path, content in files.items():
            if isinstance(content, zipfile.ZipInfo):
                z.writestr(content, b"app.js")
            else:
                z.writestr(path, content)
    return buf.getvalue()


def symlink_zip():
    info = zipfile.ZipInfo("link.js")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return zip_bytes({"app.js": APP, "link.js": info})


def lying_zip(real_size):
    """A zip whose header says a member is small while it unpacks to `real_size` bytes."""
    data = bytearray(zip_bytes({"app.js": APP, "big.txt": b"0" * real_size}))
    # Patch the central directory's uncompressed size of big.txt to 10 bytes.
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24:cd + 28] = (10).to_bytes(4, "little")
    lh = data.find(b"PK\x03\x04", 4)
    data[lh + 22:lh + 26] = (10).to_bytes(4, "little")
    return bytes(data)


BAD = {
    "not a zip": ("service.zip", b"this is plain text", "not a zip archive"),
    "wrong extension": ("service.tar.gz", b"\x1f\x8b whatever", "expected a .js file or a .zip"),
    "binary js": ("app.js", b"\x7fELF\x00\x00binary", "is binary"),
    "latin-1 js": ("app.js", "var s = 'é';".encode("latin-1"), "not UTF-8"),
    "path escapes": ("s.zip", zip_bytes({"app.js": APP, "../evil.js": b"x"}), "escapes the service folder"),
    "deep escape": ("s.zip", zip_bytes({"app.js": APP, "lib/../../evil.js": b"x"}), "escapes the service folder"),
    "absolute path": ("s.zip", zip_bytes({"app.js": APP, "/etc/cron.d/x": b"x"}), "absolute paths"),
    "windows absolute": ("s.zip", zip_bytes({"app.js": APP, "C:\\evil.js": b"x"}), "absolute paths"),
    "binary js in zip": ("s.zip", zip_bytes({"app.js": APP, "lib/x.js": b"\x00\x01\x02"}), "lib/x.js is binary"),
    "no entry": ("s.zip", zip_bytes({"lib/a.js": b"1", "lib/b.js": b"2"}), "no entry file"),
    "empty zip": ("s.zip", zip_bytes({}), "holds no files"),
    "symlink": ("s.zip", symlink_zip(), "symbolic links"),
}


@pytest.fixture
def small_limits(settings):
    settings.LIQUEFY_MAX_UPLOAD_BYTES = 20_000
    settings.LIQUEFY_MAX_UNZIPPED_BYTES = 50_000
    settings.LIQUEFY_MAX_FILES = 5


def limit_cases():
    return {
        "too big": ("app.js", b"//" + b"x" * 30_000, "the limit is 20000 bytes"),
        "zip bomb": ("s.zip", zip_bytes({"app.js": APP, "bomb.txt": b"0" * 2_000_000}), "unpacks to 2000"),
        "lying header": ("s.zip", lying_zip(60_000), "big.txt: cannot be unpacked"),
        "too many files": ("s.zip", zip_bytes({"app.js": APP, **{f"d/{i}.txt": b"x" for i in range(6)}}),
                           "holds 7 files; the limit is 5"),
    }


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_upload_refused_with_reason_on_new_project(alice_client, case):
    name, content, reason = BAD[case]
    answer = alice_client.post("/new/", {"slug": "svc", "source": "upload",
                                         "upload": SimpleUploadedFile(name, content)})
    assert answer.status_code == 200
    assert reason in " ".join(answer.context["form"].errors["upload"])
    assert not Project.objects.exists() and not Revision.objects.exists()


@pytest.mark.parametrize("case", ["too big", "zip bomb", "lying header", "too many files"])
def test_limits_refused_with_reason_on_new_project(alice_client, small_limits, case):
    name, content, reason = limit_cases()[case]
    answer = alice_client.post("/new/", {"slug": "svc", "source": "upload",
                                         "upload": SimpleUploadedFile(name, content)})
    assert reason in " ".join(answer.context["form"].errors["upload"])
    assert not Project.objects.exists()


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_upload_into_project_refused_and_keeps_revisions(alice_client, project, case):
    name, content, reason = BAD[case]
    answer = alice_client.post("/p/readfile/upload", {"upload": SimpleUploadedFile(name, content)}, follow=True)
    shown = [str(m) for m in answer.context["messages"]]
    assert any(reason in m and m.startswith("Upload refused") for m in shown), shown
    assert project.revisions.count() == 1


def test_missing_upload_refused(alice_client):
    answer = alice_client.post("/new/", {"slug": "svc", "source": "upload"})
    assert "choose a .js or .zip" in " ".join(answer.context["form"].errors["upload"])


def test_zip_member_paths_are_normalised():
    assert safe_path("svc/./lib//x.js") == "svc/lib/x.js"
    with pytest.raises(UploadRefused):
        safe_path("a/../../b")


def test_package_json_main_is_the_entry():
    files = read_upload(SimpleUploadedFile("s.zip", zip_bytes({"package.json": b'{"main": "src/start"}',
                                                                "src/start.js": APP})))
    from ide.uploads import find_entry
    assert find_entry(files) == "src/start.js"


def test_analyzer_is_not_needed_to_accept_code_with_a_syntax_error(alice_client):
    f = SimpleUploadedFile("app.js", b"var x = ;")
    alice_client.post("/new/", {"slug": "broken", "source": "upload", "upload": f})
    assert Project.objects.filter(slug="broken").exists()


@pytest.mark.parametrize("name", ["lib/x.js\nwhile(true){}//x.js", "a\u2028b.js", "x\".js", "sp ace.js",
                                  "d/" + "x" * 300 + ".js"])
def test_a_member_name_that_could_reach_generated_code_is_refused(alice_client, name):
    upload = SimpleUploadedFile("svc.zip", zip_bytes({"app.js": APP, name: b"module.exports = 1;\n"}))
    answer = alice_client.post("/new/", {"slug": "svc", "source": "upload", "upload": upload})
    assert "may hold only" in answer.content.decode() or "longer than" in answer.content.decode()
    assert not Project.objects.filter(slug="svc").exists()


def test_a_zips_node_modules_is_kept_apart_from_the_editable_files(alice_client, project):
    data = zip_bytes({"svc/app.js": APP, "svc/package.json": b'{"dependencies": {"ms": "2.1.3"}}',
                      "svc/node_modules/ms/index.js": b"module.exports = 1;",
                      "svc/node_modules/ms/package.json": b'{"name": "ms", "version": "2.1.3"}',
                      "svc/node_modules/ms/readme.md": b"# ms", "svc/node_modules/.bin/ms": b"#!/bin/sh"})
    alice_client.post(f"/p/{project.slug}/upload", {"upload": SimpleUploadedFile("svc.zip", data)})
    head = project.head
    assert sorted(head.files) == ["app.js", "package.json"] and head.packages
    assert "with node_modules/ (2 files)" in head.message
    shipped = head.as_bytes()
    assert shipped["node_modules/ms/index.js"] == b"module.exports = 1;"
    assert "node_modules/ms/readme.md" not in shipped and "node_modules/.bin/ms" not in shipped

    # an edit keeps the packages; the same node_modules/ again is stored once
    from ide import services
    edited, _ = services.save_edited(project, {"app.js": APP.decode() + "// edited\n"})
    assert edited.packages == head.packages
    alice_client.post(f"/p/{project.slug}/upload", {"upload": SimpleUploadedFile("svc.zip", data)})
    assert project.head.packages == head.packages and project.head.number == edited.number + 1

    # an upload without node_modules/ has none: its packages come from npm at deployment
    alice_client.post(f"/p/{project.slug}/upload", {"upload": SimpleUploadedFile("svc.zip", zip_bytes({"app.js": APP}))})
    assert project.head.packages == "" and not any(p.startswith("node_modules/") for p in project.head.as_bytes())


def test_node_modules_has_its_own_limits(alice_client, project, settings):
    settings.LIQUEFY_PACKAGES_MAX_FILES = 2
    many = {f"node_modules/p{i}/index.js": b"1" for i in range(3)}
    with pytest.raises(UploadRefused, match=r"node_modules/ of the archive holds 3 files; the limit is 2 "
                                            r"\(LIQUEFY_PACKAGES_MAX_FILES\)"):
        read_upload(SimpleUploadedFile("s.zip", zip_bytes({"app.js": APP, **many})))
    settings.LIQUEFY_PACKAGES_MAX_FILES = 10
    settings.LIQUEFY_PACKAGES_MAX_BYTES = 1000
    with pytest.raises(UploadRefused, match=r"LIQUEFY_PACKAGES_MAX_BYTES"):
        read_upload(SimpleUploadedFile("s.zip", zip_bytes({"app.js": APP, "node_modules/big/index.js": b"1" * 2000})))
    # the service's own files keep their limit, apart from the packages'
    settings.LIQUEFY_MAX_FILES = 2
    files = read_upload(SimpleUploadedFile("s.zip", zip_bytes({"app.js": APP, "lib.js": b"1", **many})))
    assert len(files) == 5


def test_an_es_module_folder_finds_its_entry_as_the_deployment_does():
    """The IDE's entry is the one `analyzer.source` (and so every deployment) takes."""
    from analyzer import source
    from ide.uploads import find_entry
    esm = b"import express from 'express';\nexport default express();\n"
    for files in ({"package.json": b'{"type": "module"}', "index.mjs": esm, "lib.mjs": esm},
                  {"package.json": b'{"type": "module", "main": "src/server.mjs"}', "src/server.mjs": esm},
                  {"server.mjs": esm, "other.mjs": esm}):
        uploaded = read_upload(SimpleUploadedFile("s.zip", zip_bytes(files)))
        assert find_entry(uploaded) == source.find_entry(uploaded) == source.from_files(uploaded).entry.path


def test_the_start_script_or_src_gives_the_entry_when_there_is_no_main():
    from ide.uploads import find_entry
    start = {"package.json": b'{"scripts": {"start": "NODE_ENV=production node --enable-source-maps src/server.js"}}',
             "src/server.js": APP, "src/lib.js": b"1"}
    assert find_entry(read_upload(SimpleUploadedFile("s.zip", zip_bytes(start)))) == "src/server.js"
    in_src = {"package.json": b'{"type": "module"}', "src/index.js": APP, "src/store.js": b"1"}
    assert find_entry(read_upload(SimpleUploadedFile("s.zip", zip_bytes(in_src)))) == "src/index.js"
    not_an_object = {"package.json": b'[1]', "app.js": APP}
    assert find_entry(read_upload(SimpleUploadedFile("s.zip", zip_bytes(not_an_object)))) == "app.js"
