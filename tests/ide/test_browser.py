"""The IDE in headless Chromium against a live ASGI server (uvicorn), as a person would use it.

Screenshots of the main screens go to tests/artifacts/; the IDE's is copied to docs/screenshot-ide.png.
The steps that need a running executor are in test_run_and_place_with_executor (marked `executor`).
"""
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from .helpers import CHROMIUM, CHROMIUM_ARGS, CORPUS, PASSWORD, ROOT

playwright = pytest.importorskip("playwright.sync_api")
from playwright.sync_api import expect, sync_playwright  # noqa: E402

from tests.support.livesite import LiveSite  # noqa: E402

ARTIFACTS = ROOT / "tests" / "artifacts"
READFILE = (CORPUS / "readfile" / "app.js").read_text()
# res.end, not res.send: this test is about the IDE, not about Express's ETags in the runtime.
COUNTER_WITH_ERRORS = """var express = require('express');
var app = express();
var total = 100;

app.get('/deposit/:amount', function deposit(req, res) {
  total += parseInt(req.params.amount, 10);
  console.log('deposited ' + req.params.amount);
  res.end('total=' + total);
});

app.get('/boom', function boom(req, res) {
  var nothing = null;
  res.end(nothing.explode);
});

app.get('/withdraw/:amount', function withdraw(req, res) {
  total -= parseInt(req.params.amount, 10);
  res.end('total=' + total);
});

module.exports = app;
"""

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no Chromium at /usr/bin/chromium")]


@pytest.fixture(scope="module")
def site():
    with LiveSite() as s:
        yield s


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1500, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(f"page error: {e}"))
    yield page
    context.close()


def shot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"ide-{name}.png"
    page.screenshot(path=str(path))
    return path


def sign_up(page, site, username):
    page.goto(site.url + "/")
    page.click("text=Sign up")
    page.fill("#id_username", username)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("button:has-text('Create my account')")
    expect(page).to_have_url(re.compile(r"/new/$"))


def new_project_by_paste(page, slug, code):
    page.fill("#id_slug", slug)
    page.check("input[name=source][value=paste]")
    page.fill("#id_code", code)
    shot(page, "new-project")
    page.click("button:has-text('Create')")
    expect(page).to_have_url(re.compile(rf"/p/{slug}/$"))


def fluxion(page, fid):
    return page.locator(f"#graph [id='flx-{fid}']")


def svg_text(page):
    return page.locator("#graph svg").inner_text()


def zip_upload(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("svc/app.js", (CORPUS / "chain3" / "app.js").read_text())
        z.writestr("svc/data/lines.txt", (CORPUS / "chain3" / "data" / "lines.txt").read_text())
    path = tmp_path / "chain3.zip"
    path.write_bytes(buf.getvalue())
    return path


def test_ide_end_to_end(site, page, tmp_path):
    page.goto(site.url + "/")
    shot(page, "landing")
    sign_up(page, site, "ada")
    new_project_by_paste(page, "readfile", READFILE)

    # Its fluxions appear.
    for fid in ("main", "handler", "reply", "missing", "onMissing"):
        expect(fluxion(page, fid)).to_be_visible()
    expect(page.locator("#ws-state")).to_have_text("live")

    # Clicking a fluxion highlights its code and explains it.
    fluxion(page, "reply").click()
    expect(page.locator(".cm-fluxion").first).to_be_visible()
    assert "res.send(data + ' ' + who)" in " ".join(page.locator(".cm-fluxion").all_inner_texts())
    expect(page.locator("#panel")).to_contain_text("a continuation")
    expect(page.locator("#panel")).to_contain_text("each message carries res, who")
    shot(page, "fluxion-selected")

    # The cursor inside a callback selects its fluxion.
    page.locator(".cm-line", has_text="not found: ").click()
    expect(fluxion(page, "onMissing")).to_have_class(re.compile("selected"))

    # A syntax error is shown at its line; undoing the typing clears it.
    page.locator(".cm-line", has_text="var app = express();").click()
    page.keyboard.press("End")
    page.keyboard.type("\nvar broken = ;")
    expect(page.locator("#parse-error")).to_contain_text("app.js:5:")
    expect(page.locator(".cm-lintRange-error")).to_have_count(1)
    expect(page.locator(".cm-gutter-lint .cm-lint-marker-error")).to_have_count(1)
    shot(page, "syntax-error")
    page.keyboard.press("Control+z")
    expect(page.locator("#parse-error")).to_be_hidden()
    expect(page.locator(".cm-lintRange-error")).to_have_count(0)

    # Marking the readFile call synchronous folds `reply` into `handler`; undo and redo.
    page.locator("#graph [id='stream-s2']").click()
    expect(page.locator("#panel")).to_contain_text("Rupture point: the call to fs.readFile")
    page.click("#panel button[data-override=sync]")
    expect(fluxion(page, "reply")).to_have_count(0)
    shot(page, "call-synchronous")
    page.click("#undo")
    expect(fluxion(page, "reply")).to_have_count(1)
    page.click("#redo")
    expect(fluxion(page, "reply")).to_have_count(0)
    page.click("#undo")
    expect(fluxion(page, "reply")).to_have_count(1)

    # The same from the code: the call under the cursor can be marked synchronous.
    page.locator(".cm-line", has_text="'nope.txt'").click(position={"x": 30, "y": 6})  # on `fs.readFile`
    call_block = page.locator("#panel .call-at-cursor")
    expect(call_block).to_contain_text("a rupture point (post stream missing → onMissing)")
    call_block.locator("button[data-override=sync]").click()
    expect(fluxion(page, "onMissing")).to_have_count(0)
    page.click("#undo")
    expect(fluxion(page, "onMissing")).to_have_count(1)

    # Rename, undo, redo; the name survives a reload.
    fluxion(page, "handler").click()
    page.fill("#rename-input", "Greeter")
    page.click("#rename-button")
    expect(fluxion(page, "handler")).to_contain_text("Greeter")
    page.click("#undo")
    expect(fluxion(page, "handler")).not_to_contain_text("Greeter")
    page.click("#redo")
    expect(fluxion(page, "handler")).to_contain_text("Greeter")
    page.reload()
    expect(fluxion(page, "handler")).to_contain_text("Greeter")

    # Synchronous calls on demand; pan, zoom and fit keep the drawing.
    page.check("#show-calls")
    page.click("#zoom-in")
    page.click("#fit")
    expect(fluxion(page, "reply")).to_be_visible()

    # Export in every format.
    for fmt, marker in (("json", '"schema": "flx-graph/1"'), ("flx", "reply"), ("dot", "digraph"), ("svg", "<svg")):
        with page.expect_download() as download:
            page.click(f"a.export[data-format={fmt}]")
        content = Path(download.value.path()).read_text()
        assert marker in content, fmt
        if fmt == "json":
            assert any(f["name"] == "Greeter" for f in json.loads(content)["fluxions"])

    # Save makes a revision.
    page.locator(".cm-line", has_text="module.exports = app;").click()
    page.keyboard.press("End")
    page.keyboard.type("\n// saved from the browser")
    expect(page.locator("#dirty")).to_be_visible()
    page.click("#save")
    expect(page.locator("#status")).to_contain_text("Saved as revision 2")

    # Upload a zip of a service folder: a new revision, its files in the tree.
    page.set_input_files("#upload-file", str(zip_upload(tmp_path)))
    page.click("#upload-button")
    expect(page.locator(".messages")).to_contain_text("Uploaded as revision 3")
    expect(page.locator("#files")).to_contain_text("lines.txt")
    for fid in ("start", "wait", "read"):
        expect(fluxion(page, fid)).to_be_visible()
    shot(page, "after-upload")

    # Revisions can be viewed and restored.
    page.click("text=Revisions")
    expect(page.locator("table.list tbody tr")).to_have_count(3)
    shot(page, "revisions")
    page.locator("tr", has_text="r1").locator("button:has-text('Restore')").click()
    expect(page.locator(".messages")).to_contain_text("Restored revision 1 as revision 4")
    expect(fluxion(page, "reply")).to_be_visible()

    # The syntax error above was answered 422 (code that does not analyse), which Chromium logs.
    assert [e for e in page.console_errors if "status of 422" not in e] == []


def test_other_users_project_is_not_found(site, page):
    sign_up(page, site, "eve")
    answer = page.goto(site.url + "/p/readfile/")
    assert answer.status == 404
    api = page.request.post(site.url + "/api/projects/readfile/analyze", data="{}",
                            headers={"Content-Type": "application/json"})
    assert api.status in (403, 404)


def redis_url():
    import os
    from django.conf import settings
    return os.environ.get("REDIS_URL") or settings.REDIS_URL


def executor_missing_reason(url):
    """None when executor.api is written and Redis answers at `url`, else why not."""
    import redis
    from django.test import override_settings
    from executor import api
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception as e:  # noqa: BLE001
        return f"no Redis answers at {url} for the executor: {e}"
    try:
        with override_settings(REDIS_URL=url):
            api.nodes()
    except NotImplementedError as e:
        return f"executor.api is not written yet ({e})"
    return None


@pytest.fixture
def executor_site():
    """Two real nodes (Celery workers) and the IDE with its gateway, all on the Redis at REDIS_URL."""
    import os
    url = redis_url()
    reason = executor_missing_reason(url)
    if reason:
        pytest.skip(reason)
    os.environ.setdefault("REDIS_URL", url)
    from tests.support.stack import LiquefyStack
    with LiquefyStack(nodes=("ide-node1", "ide-node2"), gateway=False), LiveSite() as s:
        yield s


@pytest.mark.executor
def test_run_and_place_with_executor(executor_site, page):
    site = executor_site
    sign_up(page, site, "grace")
    new_project_by_paste(page, "counter-e2e", COUNTER_WITH_ERRORS)
    expect(fluxion(page, "deposit")).to_be_visible()

    # The panel says why a fluxion keeps state: where it writes it.
    fluxion(page, "deposit").click()
    expect(page.locator("#panel .writes")).to_contain_text("total at app.js:6 total += parseInt(req.params.amount, 10);")
    # Declared read-only there, the write stops counting; the override is listed and can be undone.
    page.click("#panel button[data-read-only='app.js:6:2']")
    expect(page.locator("#panel .overrides")).to_contain_text("app.js:6:2 → read-only")
    expect(page.locator("#panel .writes")).to_have_count(0)
    page.click("#undo")
    expect(page.locator("#panel .overrides")).to_have_count(0)
    expect(page.locator("#panel .writes")).to_contain_text("total at app.js:6")

    # Deploy; the service answers under /svc/NAME/ on the services' host, not the IDE's.
    page.click("#deploy")
    service = site.service_url + "/svc/counter-e2e/"
    expect(page.locator("#status")).to_contain_text(f"Deployed revision 1 at {service}")
    expect(page.locator("#svc-url")).to_have_attribute("href", service)

    # The request console shows status, headers, body and timing.
    page.select_option("#req-method", "GET")
    page.fill("#req-path", "/deposit/5")
    page.click("#req-send")
    expect(page.locator("#req-result")).to_contain_text(re.compile(r"^200 · [\d.]+ ms"))
    expect(page.locator("#req-result")).to_contain_text("total=105")
    gateway = page.request.get(site.service_url + "/svc/counter-e2e/withdraw/2")
    assert gateway.status == 200 and gateway.text().startswith("total=")

    # Console output, and an error with its fluxion and line: clicking it shows the line.
    expect(page.locator("#logs")).to_contain_text("deposited 5")
    page.fill("#req-path", "/boom")
    page.click("#req-send")
    expect(page.locator("#req-result")).to_contain_text(re.compile(r"^500 "))
    error = page.locator("#logs li.level-error.jump").first
    expect(error).to_contain_text("boom app.js:13")
    error.click()
    expect(page.locator(".cm-activeLine")).to_contain_text("nothing.explode")
    shot(page, "request-console")

    # By node: one lane per live node; drag the group to the other lane.
    page.click("[data-view=nodes]")
    unit = page.locator("#nodes .unit[data-unit='grp_total']")
    expect(unit).to_be_visible()
    here = page.locator("#nodes .lane", has=page.locator(".unit[data-unit='grp_total']")).get_attribute("data-node")
    there = "ide-node2" if here == "ide-node1" else "ide-node1"
    unit.drag_to(page.locator(f"#nodes .lane[data-node='{there}']"))
    expect(page.locator(f"#nodes .lane[data-node='{there}'] .unit[data-unit='grp_total']")).to_be_visible(timeout=20_000)
    expect(page.locator("#status")).to_contain_text(f"to {there}")
    shot(page, "by-node")
    assert page.request.get(site.service_url + "/svc/counter-e2e/deposit/1").status == 200  # it answers from its new node

    # Stop: the gateway answers 503.
    page.click("#stop")
    expect(page.locator("#status")).to_contain_text("Stopped.")
    assert page.request.get(site.service_url + "/svc/counter-e2e/deposit/1").status == 503
    assert page.console_errors == []
