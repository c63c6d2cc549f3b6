"""One entry-file resolver (analyzer.source.find_entry) for the IDE's uploads, manage.py deploy's
folders and the analyzer, and it takes the file Node.js 20 runs for `node .` wherever Node.js
runs one: each layout below is run under real Node.js, each of its files printing its own path."""
import io
import json
import shutil
import subprocess
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from analyzer import source
from executor.packages import read_folder
from ide.uploads import read_upload

NODE = shutil.which("node")

LAYOUTS = {
    "main names a file without its extension": ({"main": "src/start"}, ["src/start.js", "app.js"]),
    "main names a folder": ({"main": "lib"}, ["lib/index.js", "app.js"]),
    "main names an ES module": ({"main": "server.mjs"}, ["server.mjs", "index.js"]),
    "main names a CommonJS file": ({"main": "server.cjs"}, ["server.cjs", "index.js"]),
    # Node.js adds only .js (and .json, .node) to a main: "server" is not server.cjs, and a
    # main that names no file falls back to index.js
    "main without extension is not a .cjs file": ({"main": "server"}, ["server.cjs", "index.js"]),
    "a main that names nothing falls back to index.js": ({"main": "gone.js"}, ["app.js", "index.js"]),
    "no main: index.js": ({}, ["index.js", "lib.js"]),
}


def files_of(manifest, paths):
    files = {p: f"console.log({json.dumps(p)});\n".encode() for p in paths}
    if manifest:
        files["package.json"] = json.dumps(manifest).encode()
    return files


def zipped(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for path, content in files.items():
            z.writestr(path, content)
    return buf.getvalue()


def run_by_node(tmp_path, files):
    for path, content in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(content)
    done = subprocess.run([NODE, str(tmp_path)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.skipif(NODE is None, reason="needs Node.js")
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_entry_is_the_file_node_runs(tmp_path, layout):
    files = files_of(*LAYOUTS[layout])
    ran = run_by_node(tmp_path, files)
    uploaded = read_upload(SimpleUploadedFile("svc.zip", zipped({"svc/" + p: c for p, c in files.items()})))
    assert source.find_entry(uploaded) == ran
    assert source.find_entry(read_folder(str(tmp_path))) == ran
    assert source.from_path(str(tmp_path)).entry.path == ran


def test_an_upload_and_a_folder_leave_out_the_same_folders(tmp_path):
    files = {"app.js": b"module.exports = 1;\n", "lib/x.js": b"1", ".git/HEAD": b"ref", "__MACOSX/._app.js": b"x",
             "lib/__pycache__/x.pyc": b"\x00", "data/__MACOSX/._a.json": b"x"}
    for path, content in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(content)
    uploaded = read_upload(SimpleUploadedFile("svc.zip", zipped(files)))
    assert sorted(uploaded) == sorted(read_folder(str(tmp_path))) == sorted(source.list_files(str(tmp_path))) \
        == ["app.js", "lib/x.js"]


def test_no_entry_is_refused_with_the_same_words_everywhere():
    from ide.uploads import UploadRefused
    with pytest.raises(UploadRefused) as upload:
        read_upload(SimpleUploadedFile("s.zip", zipped({"lib/a.js": b"1", "lib/b.js": b"2"})))
    with pytest.raises(FileNotFoundError) as analysis:
        source.from_files({"lib/a.js": "1", "lib/b.js": "2"})
    assert str(upload.value) == str(analysis.value) == source.NO_ENTRY


START_SCRIPTS = {
    # main is the module exporting the app (what its tests require); a host runs `npm start`, so the entry is the
    # file that listens (fresh19-api-gateway: its bin/www logged into the app's logger, which Liquefy, running
    # main, never did)
    "start runs another file than main": ({"main": "src/app.js", "scripts": {"start": "node src/bin/www.js"}},
                                          ["src/bin/www.js", "src/app.js", "index.js"]),
    # express-generator's layout: bin/www has no extension; Node.js runs it as CommonJS
    "start runs a file without extension": ({"scripts": {"start": "node ./bin/www"}}, ["bin/www", "app.js"]),
    # ... and as an ES module under "type": "module"
    "start runs a file without extension, type module": (
        {"type": "module", "scripts": {"start": "node ./bin/www"}}, ["bin/www", "app.js"]),
    "options before the script, arguments after it": (
        {"main": "app.js", "scripts": {"start": "NODE_ENV=production node --enable-source-maps --max-old-space-size=256 "
                                                "dist/server.js --port 3000"}}, ["dist/server.js", "app.js"]),
}


@pytest.mark.skipif(NODE is None or shutil.which("npm") is None, reason="needs Node.js and npm")
@pytest.mark.parametrize("layout", list(START_SCRIPTS))
def test_the_start_script_is_the_entry(tmp_path, layout):
    manifest, paths = START_SCRIPTS[layout]
    files = files_of(manifest, paths)
    for path, content in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(content)
    done = subprocess.run(["npm", "start", "--silent"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    ran = done.stdout.strip()
    assert ran == paths[0]
    uploaded = read_upload(SimpleUploadedFile("svc.zip", zipped({"svc/" + p: c for p, c in files.items()})))
    assert source.find_entry(uploaded) == ran
    assert source.find_entry(read_folder(str(tmp_path))) == ran
    service = source.from_path(str(tmp_path))
    assert service.entry.path == ran
    assert service.entry.is_esm == (manifest.get("type") == "module")
