"""Live load in headless Chromium: the dashboard, the load generator started from the page, the
diagram's rates, a unit dragged to the other node under load, the move in the event log.

Real nodes, the metrics loop and the control worker on the session's Redis; the IDE under uvicorn
with the Redis channel layer (the metrics loop and the load generator are other processes).
Screenshots go to tests/artifacts/.
"""
import re
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

app.get('/withdraw/:amount', function withdraw(req, res) {
  total -= parseInt(req.params.amount, 10);
  res.end('total=' + total);
});

app.get('/hello', function hello(req, res) {
  res.end('hello');
});

app.get('/boom', function boom(req, res) {
  var nothing = null;
  res.end(nothing.explode);
});

module.exports = app;
"""
NONZERO_RATE = re.compile(r"^[\d.]*[1-9][\d.]*/s · p95 ")


@pytest.fixture(scope="module")
def live_site():
    reason = executor_missing_reason(redis_url())
    if reason:
        pytest.skip(reason)
    from tests.support.stack import LiquefyStack
    with LiquefyStack(nodes=("lv-node1", "lv-node2"), metrics=True, control=True, gateway=False), \
            LiveSite(settings="config.settings") as site:
        yield site


def test_live_load_dashboard_and_a_move_under_load(live_site, page):
    sign_up(page, live_site, "lena")
    new_project_by_paste(page, "live-e2e", COUNTER)
    expect(fluxion(page, "deposit")).to_be_visible()
    page.click("#deploy")
    expect(page.locator("#status")).to_contain_text("Deployed revision 1")

    # An error shows in the event log, with its fluxion and line.
    page.fill("#req-path", "/boom")
    page.click("#req-send")
    page.click("[data-tab=events]")
    expect(page.locator("#events li[data-type='error']")).to_contain_text("error in boom (app.js:21): TypeError")

    # The dashboard, then the load generator from the Load tab: the routes but /boom, 20 requests/s.
    page.click("[data-view=dashboard]")
    expect(page.locator("#dashboard .chart")).to_have_count(4)
    page.click("[data-tab=load]")
    routes = page.locator("#load-routes tr")
    expect(routes).to_have_count(4)
    expect(routes.nth(0).locator(".path")).to_have_value("/deposit/1")
    routes.nth(0).locator(".path").fill("/deposit/2")
    expect(routes.nth(3).locator(".path")).to_have_value("/boom")
    routes.nth(3).locator(".pick").uncheck()
    page.fill("#load-amount", "20")
    page.fill("#load-duration", "25")
    page.click("#load-start")
    expect(page.locator("#load-summary")).to_have_attribute("data-state", "running", timeout=20_000)
    expect(page.locator("#load-live li").first).to_contain_text(re.compile(r"\d+ sent · \d+ ok · 0 failed"))

    # Rates above zero on the charts and on the diagram.
    rate_chart = page.locator("#dashboard .chart[data-chart='0']")
    expect(rate_chart.locator(".now")).to_contain_text(re.compile(r"deposit [\d.]*[1-9]"))
    assert float(rate_chart.get_attribute("data-now")) > 0
    shot(page, "live-dashboard")
    for subject in ("fx:deposit", "nodes", "node:lv-node1", "routes"):
        page.select_option("#dash-subject", subject)
        expect(page.locator("#dashboard .chart")).to_have_count(4)
    expect(rate_chart.locator(".now")).to_contain_text(re.compile(r"GET /deposit/:amount [\d.]*[1-9]"))
    page.select_option("#dash-subject", "fluxions")
    page.click("[data-view=graph]")
    expect(fluxion(page, "deposit").locator("text.live-rate")).to_have_text(NONZERO_RATE)
    expect(fluxion(page, "hello").locator("text.live-rate")).to_have_text(NONZERO_RATE)  # counted as its route
    expect(page.locator("#graph [id='stream-s1'] text.live-rate")).to_have_text(re.compile(r"[1-9][\d.]*/s|0\.\d+/s"))
    shot(page, "live-diagram")

    # Drag the group to the other node's lane while the load runs: the move in the event log, with its pause.
    page.click("[data-tab=events]")
    page.click("[data-view=nodes]")
    unit = page.locator("#nodes .unit", has_text="deposit")
    expect(unit).to_be_visible()
    unit_id = unit.get_attribute("data-unit")
    here = page.locator("#nodes .lane", has=page.locator(f".unit[data-unit='{unit_id}']")).get_attribute("data-node")
    there = "lv-node2" if here == "lv-node1" else "lv-node1"
    expect(page.locator(f"#nodes .lane[data-node='{here}'] .meter .text")).to_contain_text("busy")
    unit.drag_to(page.locator(f"#nodes .lane[data-node='{there}']"))
    expect(page.locator(f"#nodes .lane[data-node='{there}'] .unit[data-unit='{unit_id}']")).to_be_visible(timeout=20_000)
    events = page.locator("#events")
    expect(events.locator("li[data-type='move.start']")).to_contain_text(f"move of {unit_id} from {here} to {there}")
    expect(events.locator("li[data-type='move.end']")).to_contain_text(re.compile(rf"{unit_id} moved .* paused [\d.]+ ms"))
    expect(page.locator(f".unit[data-unit='{unit_id}'] .note")).to_contain_text("paused")
    assert page.locator("#load-summary").get_attribute("data-state") == "running", "the move came after the load"
    shot(page, "live-move")

    # The generator's summary: nothing failed, the move included; the run is listed.
    summary = page.locator("#load-summary")
    expect(summary).to_have_attribute("data-state", "done", timeout=40_000)
    expect(summary).to_have_attribute("data-failed", "0")
    expect(summary).to_contain_text(re.compile(r"achieved .* p50 .* p95 .* p99 .* 0 failed"))
    expect(page.locator("#load-runs li")).to_have_count(1)
    expect(page.locator("#load-runs li")).to_contain_text("GET /deposit/2, GET /withdraw/1, GET /hello at 20/s for 25 s")
    page.click("[data-tab=load]")
    shot(page, "live-load-summary")

    # Opened again, the page has the history: the frames of the run, its past run.
    page.reload()
    page.click("[data-view=dashboard]")
    page.click("[data-tab=load]")
    expect(page.locator("#load-runs li")).to_have_count(1)
    busy = "IDE.live.frames.filter((f) => f.fluxions.deposit && f.fluxions.deposit.in > 0).length"
    page.wait_for_function(f"{busy} >= 20")
    expect(page.locator("#dashboard .chart")).to_have_count(4)

    # The balancer switch: its decisions (and the switch itself) are events.
    page.click("[data-tab=events]")
    expect(page.locator("#events li[data-type='move.end']")).to_have_count(1)  # from the history
    page.check("#balancer")
    expect(events.locator("li[data-type='balancer']")).to_contain_text("balancer turned on")
    page.uncheck("#balancer")
    expect(events.locator("li[data-type='balancer']").last).to_contain_text("balancer turned off")
    assert page.console_errors == []


def test_the_live_view_resumes_after_the_gateway_is_killed_and_started_again(live_site, page):
    """The browser's WebSocket says it is offline, reconnects by itself, and the live view shows
    what happens after: a route's rate counted after the restart reaches the charts' frames."""
    sign_up(page, live_site, "rhea")
    new_project_by_paste(page, "live-restart", COUNTER)
    expect(fluxion(page, "deposit")).to_be_visible()  # the page is ready: its deploy button acts
    page.click("#deploy")
    expect(page.locator("#status")).to_contain_text("Deployed revision 1", timeout=60_000)
    page.click("[data-view=dashboard]")
    expect(page.locator("#ws-state")).to_have_attribute("data-state", "open")
    page.wait_for_function("IDE.live.frames.length >= 2")
    page.evaluate("""() => {
        window.wsStates = [];
        new MutationObserver(() => window.wsStates.push(document.getElementById("ws-state").dataset.state))
            .observe(document.getElementById("ws-state"), { attributes: true });
    }""")

    live_site.kill_and_start_again()
    expect(page.locator("#ws-state")).to_have_attribute("data-state", "open", timeout=60_000)
    assert "closed" in page.evaluate("window.wsStates"), "the page never said it was offline"
    for _ in range(5):
        page.fill("#req-path", "/deposit/1")
        page.click("#req-send")
        expect(page.locator("#req-result")).to_contain_text(re.compile(r"^200 "))
    deposited = "IDE.live.frames.some((f) => f.fluxions.deposit && f.fluxions.deposit.in > 0)"
    page.wait_for_function(deposited, timeout=30_000)
    page.click("[data-view=dashboard]")
    expect(page.locator("#dashboard .chart")).to_have_count(4)
    assert page.console_errors == [] or all("WebSocket" in e for e in page.console_errors), page.console_errors
