"""The playground in headless Chromium, as a new visitor opens it (issue 15): no account, the IDE's
editor and diagram, analysis through the real CSRF-checked API, and the code carried into a new
project at sign-up."""
import re
from pathlib import Path

import pytest

from .helpers import PASSWORD

playwright = pytest.importorskip("playwright.sync_api")
from playwright.sync_api import expect  # noqa: E402

from .helpers import CHROMIUM  # noqa: E402
from .test_browser import browser, shot, site  # noqa: E402,F401  (fixtures: this module's own site and browser)

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no Chromium at /usr/bin/chromium")]


@pytest.fixture
def page(browser, site):
    """A new visitor's page on the playground, its first analysis drawn."""
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(f"page error: {e}"))
    page.goto(site.url + "/playground/")
    expect(page.locator("#graph [id='flx-reply']")).to_be_visible()
    yield page
    context.close()


def type_at_end(page, text):
    page.click(".cm-content")
    page.keyboard.press("Control+End")
    page.keyboard.type(text)


def test_the_page_loads_with_the_code_visible_beside_its_diagram(page):
    code = page.locator(".cm-content")
    expect(code).to_be_visible()
    expect(code).to_contain_text("app.get('/', function reply(req, res)")
    code_box, graph_box = page.locator("#editor").bounding_box(), page.locator("#graph").bounding_box()
    assert code_box["width"] > 300 and code_box["height"] > 300
    assert code_box["x"] + code_box["width"] <= graph_box["x"] + 1  # side by side, as in the IDE
    expect(page.locator("#flx")).to_contain_text("reply")
    expect(page.locator(".cm-gutter-lint")).to_have_count(1)
    shot(page, "playground")
    assert page.console_errors == []


def test_an_edit_changes_the_diagram(page):
    type_at_end(page, "\nsetTimeout(function later() { console.log('x'); }, 5);")
    expect(page.locator("#graph [id='flx-later']")).to_be_visible()
    expect(page.locator("#flx")).to_contain_text("later")
    assert page.console_errors == []


def test_a_syntax_error_shows_its_line_and_goes_away_when_fixed(page):
    type_at_end(page, "\nvar broken = ;")
    expect(page.locator("#parse-error")).to_contain_text("app.js:11:")
    expect(page.locator(".cm-gutter-lint .cm-lint-marker-error")).to_have_count(1)
    expect(page.locator("#diagnostics li.error")).to_contain_text("line 11")
    page.keyboard.press("Control+z")
    expect(page.locator("#parse-error")).to_be_hidden()
    expect(page.locator(".cm-lint-marker-error")).to_have_count(0)
    # the 422 of the syntax error is the page's expected answer, not a script error
    assert [e for e in page.console_errors if "status of 422" not in e] == []


def test_a_diagnostic_jumps_to_its_line(page):
    type_at_end(page, "\nvar broken = ;")
    expect(page.locator("#diagnostics li.jump")).to_have_count(1)
    page.keyboard.press("Control+Home")
    page.locator("#diagnostics li.jump").first.click()
    line = page.evaluate("IDE.editor.view.state.doc.lineAt(IDE.editor.view.state.selection.main.head).number")
    assert line == 11


def test_the_diagram_pans_zooms_and_fits(page):
    svg = page.locator("#graph svg")
    before = svg.get_attribute("viewBox")
    page.click("#zoom-in")
    zoomed = svg.get_attribute("viewBox")
    assert zoomed != before and float(zoomed.split()[2]) < float(before.split()[2])
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + 10, box["y"] + box["height"] - 10)
    page.mouse.down()
    page.mouse.move(box["x"] + 60, box["y"] + box["height"] - 30)
    page.mouse.up()
    assert svg.get_attribute("viewBox") != zoomed
    page.click("#fit")
    assert svg.get_attribute("viewBox") == before


def test_an_example_to_start_from(page):
    page.select_option("#example", "chain3")
    expect(page).to_have_url(re.compile(r"example=chain3"))
    expect(page.locator(".cm-content")).to_contain_text("readFile")
    expect(page.locator("#graph g.node")).not_to_have_count(1)
    assert page.console_errors == []


def test_sign_up_carries_the_code_into_a_new_project(page):
    type_at_end(page, "\n// drawn in the playground")
    page.click("button:has-text('Sign up to deploy it')")
    expect(page).to_have_url(re.compile(r"/signup/$"))
    expect(page.locator(".carried")).to_be_visible()
    page.fill("#id_username", "visitor")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("button:has-text('Create my account')")
    expect(page).to_have_url(re.compile(r"/new/$"))
    expect(page.locator("input[name=source][value=paste]")).to_be_checked()
    expect(page.locator("#id_code")).to_have_value(re.compile("// drawn in the playground"))
    page.fill("#id_slug", "from-playground")
    page.click("button:has-text('Create')")
    expect(page).to_have_url(re.compile(r"/p/from-playground/$"))
    expect(page.locator(".cm-content")).to_contain_text("// drawn in the playground")
    expect(page.locator("#graph [id='flx-reply']")).to_be_visible()
