"""A service cannot see or set the IDE's cookies, nor script the IDE (issue 12, item 1).

Replayed against real processes: two Celery nodes and uvicorn serving the IDE on
`localhost` and the services on `127.0.0.1`, with a hostile service deployed;
the browser steps run in Debian's Chromium.
"""
import json
import re
from pathlib import Path

import httpx
import pytest
from django.conf import settings

from executor import api
from tests.support.livesite import LiveSite
from tests.ide.helpers import CHROMIUM, CHROMIUM_ARGS, PASSWORD
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SESSION, CSRF = settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME
HOSTILE = {"app.js": f"""
const express = require('express');
const app = express();
app.get('/echo', (req, res) => res.json({{ cookie: req.headers.cookie || '' }}));
app.get('/toss', (req, res) => {{
  res.cookie('{SESSION}', 'forged');
  res.cookie('{CSRF}', 'forged');
  res.cookie('wide', 'x', {{ domain: 'localhost' }});
  res.cookie('mine', 'kept');
  res.send('tossed');
}});
app.get('/steal', (req, res) => res.type('html').send(`<title>waiting</title><script>
  fetch(${{JSON.stringify(req.query.ide)}}, {{ credentials: 'include' }})
    .then(r => r.text()).then(t => {{ document.title = 'read: ' + t.slice(0, 60); }},
                               () => {{ document.title = 'blocked'; }});
</script>`));
module.exports = app;
""".encode()}


@pytest.fixture(scope="module")
def site():
    with LiquefyStack(nodes=("origin-node1", "origin-node2"), gateway=False), LiveSite() as s:
        api.deploy("hostile", HOSTILE, reset=True)
        yield s


def test_the_gateway_forwards_no_ide_cookie(site):
    answer = httpx.get(site.service_url + "/svc/hostile/echo",
                       headers={"Cookie": f"cart=3; {SESSION}=victim-session; {CSRF}=victim-token"})
    assert answer.json() == {"cookie": "cart=3"}


def test_a_service_cannot_set_the_ides_cookies(site):
    answer = httpx.get(site.service_url + "/svc/hostile/toss")
    assert answer.text == "tossed"
    assert [c.split("=")[0] for c in answer.headers.get_list("set-cookie")] == ["mine"]
    refused = [e["text"] for e in api.logs("hostile") if "Set-Cookie refused" in e["text"]]
    assert any(SESSION in t for t in refused) and any("Domain=localhost" in t for t in refused)


def test_a_service_asked_on_the_ides_host_is_sent_to_its_own(site):
    answer = httpx.get(site.url + "/svc/hostile/echo", headers={"Cookie": f"{SESSION}=victim-session"})
    assert answer.status_code == 307
    assert answer.headers["location"] == site.service_url + "/svc/hostile/echo"


@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no Chromium at /usr/bin/chromium")
def test_in_a_real_browser_a_visitor_keeps_their_account(site):
    from playwright.sync_api import expect, sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context().new_page()
        page.set_default_timeout(15_000)
        sign_up_with_a_project(page, site, "victim", "secret")
        session = ide_cookies(page, site)[SESSION]

        # The visitor follows links to the hostile service, on either host.
        for base in (site.service_url, site.url):
            page.goto(base + "/svc/hostile/echo")
            assert page.url.startswith(site.service_url + "/svc/hostile/")
            echoed = json.loads(page.locator("body").inner_text())["cookie"]
            assert session not in echoed and SESSION not in echoed and CSRF not in echoed

        # It tries to set the IDE's cookies: the IDE's stay as they were.
        page.goto(site.service_url + "/svc/hostile/toss")
        assert ide_cookies(page, site)[SESSION] == session and "wide" not in ide_cookies(page, site)
        assert "mine" in {c["name"] for c in page.context.cookies(site.service_url)}

        # Its page's script cannot read the visitor's project from the IDE.
        page.goto(site.service_url + "/svc/hostile/steal?ide=" + site.url + "/p/secret/")
        expect(page).to_have_title("blocked")

        # The visitor is still logged in to their own project.
        page.goto(site.url + "/p/secret/")
        expect(page).to_have_url(re.compile(r"/p/secret/$"))
        browser.close()


def sign_up_with_a_project(page, site, username, slug):
    page.goto(site.url + "/signup/")
    page.fill("#id_username", username)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("button:has-text('Create my account')")
    page.fill("#id_slug", slug)
    page.check("input[name=source][value=example]")
    page.click("button:has-text('Create')")
    page.wait_for_url(re.compile(rf"/p/{slug}/$"))


def ide_cookies(page, site):
    return {c["name"]: c["value"] for c in page.context.cookies(site.url)}
