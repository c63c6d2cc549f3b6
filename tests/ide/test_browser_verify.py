"""Verify mode from the IDE, in headless Chromium: a deploy setting stored on the project.

Nodes as `make run` starts them (LIQUEFY_VERIFY=0, so only projects deployed with verify mode
are checked), the metrics loop (it forwards the events to the page) and the IDE under uvicorn.
A write declared read-only in the side panel makes its handler replicated; with verify mode
on, the write is an error in the console and a "verify" event in the event log.
"""
from pathlib import Path

import pytest

from .test_browser import (CHROMIUM, browser, executor_missing_reason, fluxion, new_project_by_paste,  # noqa: F401
                           page, redis_url, shot, sign_up)

from playwright.sync_api import expect  # noqa: E402

from tests.support.livesite import LiveSite  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.executor,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no Chromium at /usr/bin/chromium")]

COUNTER = """var express = require('express');
var app = express();
var total = 0;

app.get('/deposit/:amount', function deposit(req, res) {
  total += parseInt(req.params.amount, 10);
  res.end('total=' + total);
});

module.exports = app;
"""
VERIFY_ERROR = "fluxion deposit wrote total at app.js:5 though analyzed as stateless"


@pytest.fixture(scope="module")
def verify_site():
    reason = executor_missing_reason(redis_url())
    if reason:
        pytest.skip(reason)
    from tests.support.stack import LiquefyStack
    with LiquefyStack(nodes=("vf-node1",), metrics=True, gateway=False, env={"LIQUEFY_VERIFY": "0"}), \
            LiveSite(settings="config.settings") as site:
        yield site


def deposit(page):
    page.fill("#req-path", "/deposit/5")
    page.click("#req-send")
    expect(page.locator("#req-result")).to_contain_text("total=")


def test_verify_mode_is_a_deploy_setting_of_the_project(verify_site, page):
    site = verify_site
    sign_up(page, site, "verifier")
    new_project_by_paste(page, "verify-e2e", COUNTER)
    fluxion(page, "deposit").click()
    page.click("#panel button[data-read-only='app.js:6:2']")  # "read-only here: replicate"
    expect(page.locator("#panel .overrides")).to_contain_text("app.js:6:2 → read-only")
    expect(page.locator("#verify")).not_to_be_checked()

    # Off: the unlucky write goes unchecked.
    page.click("#deploy")
    expect(page.locator("#status")).to_contain_text("Deployed revision")
    deposit(page)
    deposit(page)

    # On, stored on the project: kept across a reload, used by the next deploy.
    page.check("#verify")
    expect(page.locator("#status")).to_contain_text("Verify mode on from the next deploy.")
    page.reload()
    expect(page.locator("#verify")).to_be_checked()
    page.click("#deploy")
    expect(page.locator("#status")).to_contain_text("Deployed revision")
    deposit(page)
    expect(page.locator("#logs li.level-error")).to_contain_text(f"VerifyError: {VERIFY_ERROR}")
    page.click("[data-tab=events]")
    expect(page.locator("#events li.type-verify")).to_contain_text(f"verify mode on vf-node1: {VERIFY_ERROR}")
    expect(page.locator("#events li.type-deploy").last).to_contain_text("(verify mode)")
    assert page.locator("#events li.type-verify").count() == 1, "the first deploy, without verify mode, said nothing"
    shot(page, "verify-event")

    page.uncheck("#verify")
    expect(page.locator("#status")).to_contain_text("Verify mode off from the next deploy.")
    assert page.console_errors == []
