"""npm packages from the IDE, in headless Chromium: a zip of a service folder with a package.json
and its lockfile, without node_modules/, deploys with `npm ci` whose lines show in the console and
the status bar, its end in the event log; the service answers; a second deployment takes the
install cache; the same folder zipped with its node_modules/ deploys without npm. The diagram
shows the package as one box that says which fluxions call it.

Real nodes, the metrics loop (it forwards events) and the IDE under uvicorn with the Redis channel
layer. npm reads its cache from LIQUEFY_NPM_CACHE (the machine's ~/.npm, where installing
tests/node put ms 2.1.3) with --prefer-offline, so the registry is asked only if ms is not there.
"""
import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from .test_browser import (CHROMIUM, browser, executor_missing_reason, fluxion, page, redis_url,  # noqa: F401
                           shot, sign_up)

from playwright.sync_api import expect  # noqa: E402

from tests.support.livesite import LiveSite  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.executor,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no Chromium at /usr/bin/chromium")]

ROOT = Path(__file__).resolve().parent.parent.parent
MS = ROOT / "tests" / "node" / "node_modules" / "ms"
APP = """var express = require('express');
var ms = require('ms');
var app = express();

app.get('/convert/:n', function convert(req, res) {
  res.send(ms(Number(req.params.n)) + ' / ' + ms(Number(req.params.n), { long: true }));
});

module.exports = app;
"""
PACKAGE = {"name": "convert", "private": True, "main": "app.js", "dependencies": {"ms": "2.1.3"}}
LOCK = {"name": "convert", "lockfileVersion": 3, "requires": True, "packages": {
    "": {"name": "convert", "dependencies": {"ms": "2.1.3"}},
    "node_modules/ms": {"version": "2.1.3", "license": "MIT", "integrity":
                        "sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA=="}}}


def service_zip(tmp_path, name, with_node_modules):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("convert/app.js", APP)
        z.writestr("convert/package.json", json.dumps(PACKAGE))
        z.writestr("convert/package-lock.json", json.dumps(LOCK))
        if with_node_modules:
            for f in sorted(MS.iterdir()):
                z.writestr(f"convert/node_modules/ms/{f.name}", f.read_bytes())
    path = tmp_path / name
    path.write_bytes(buf.getvalue())
    return path


@pytest.fixture(scope="module")
def npm_site():
    reason = executor_missing_reason(redis_url())
    if reason:
        pytest.skip(reason)
    if not (MS / "package.json").exists():
        pytest.skip("tests/node/node_modules has no ms: run npm ci in tests/node")
    from tests.support.stack import LiquefyStack
    before = os.environ.get("LIQUEFY_NPM_CACHE")
    os.environ["LIQUEFY_NPM_CACHE"] = str(Path.home() / ".npm")
    try:
        with LiquefyStack(nodes=("np-node1", "np-node2"), metrics=True, gateway=False), \
                LiveSite(settings="config.settings") as site:
            yield site
    finally:
        if before is None:
            os.environ.pop("LIQUEFY_NPM_CACHE", None)
        else:
            os.environ["LIQUEFY_NPM_CACHE"] = before


def send(page, path):
    page.fill("#req-path", path)
    page.click("#req-send")


def test_zip_with_package_json_installs_shows_npm_and_answers(npm_site, page, tmp_path):
    sign_up(page, npm_site, "nina")
    page.fill("#id_slug", "convert")
    page.check("input[name=source][value=upload]")
    page.set_input_files("#id_upload", str(service_zip(tmp_path, "convert.zip", with_node_modules=False)))
    page.click("button:has-text('Create')")
    expect(fluxion(page, "convert")).to_be_visible()

    # The package is one box of the diagram; selected, the panel says which fluxions call it.
    box = page.locator("#graph [id='package-0']")
    expect(box).to_contain_text("ms")
    box.click()
    expect(page.locator("#panel h3")).to_have_text("Package ms")
    expect(page.locator("#panel .package-callers")).to_have_text("Called by main, convert.")

    # Deploy: npm ci runs, its lines stream into the console while it works.
    page.click("#deploy")
    expect(page.locator("#status")).to_contain_text("Deployed revision 1")
    logs = page.locator("#logs li.source-npm")
    expect(logs.first).to_contain_text("npm ci --omit=dev --ignore-scripts: installing the packages of package.json")
    expect(page.locator("#logs")).to_contain_text("npm http fetch")
    expect(page.locator("#logs")).to_contain_text("npm ci --omit=dev --ignore-scripts: 1 package installed in")
    page.click("[data-tab=events]")
    expect(page.locator("#events li[data-type='npm.end']")).to_contain_text("1 package installed in")
    page.click("[data-tab=logs]")
    shot(page, "npm-install-log")

    send(page, "/convert/90061000")
    expect(page.locator("#req-result")).to_contain_text(re_body("1d / 1 day"))
    answer = page.request.get(npm_site.service_url + "/svc/convert/convert/1500")
    assert answer.status == 200 and answer.text() == "2s / 2 seconds"

    # The same package.json and lockfile again: the install cache, no npm.
    page.click("#deploy")
    expect(page.locator("#status")).to_contain_text("Deployed revision 1")
    expect(page.locator("#logs")).to_contain_text("packages taken from the install cache")
    expect(page.locator("#logs li", has_text="installing the packages of package.json")).to_have_count(1)

    # The folder zipped with its node_modules/: kept, deployed as it is, without npm.
    page.set_input_files("#upload-file", str(service_zip(tmp_path, "with-modules.zip", with_node_modules=True)))
    page.click("#upload-button")
    expect(page.locator(".messages")).to_contain_text("Uploaded as revision 2")
    page.click("#deploy")
    expect(page.locator("#status")).to_contain_text("Deployed revision 2")
    send(page, "/convert/60000")
    expect(page.locator("#req-result")).to_contain_text(re_body("1m / 1 minute"))
    expect(page.locator("#logs li", has_text="installing the packages of package.json")).to_have_count(1)
    expect(page.locator("#logs li", has_text="taken from the install cache")).to_have_count(1)
    assert not page.console_errors


def re_body(text):
    import re
    return re.compile(r"^200 · .*" + re.escape(text), re.S)
