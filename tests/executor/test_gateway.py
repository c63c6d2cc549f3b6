"""The gateway passes a service's answer through as the service wrote it."""
import httpx
import pytest

from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
var app = require('express')();
app.get('/cookies', function (req, res) {
  res.cookie('a', '1', { httpOnly: true });
  res.cookie('b', '2');
  res.set('X-Two', ['one', 'two']);
  res.send('ok');
});
app.get('/encoded/:name', function (req, res) { res.json({ path: req.path, name: req.params.name }); });
app.head('/head', function (req, res) { res.set('X-Head', 'yes').send('body not sent'); });
module.exports = app;
"""}


@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=["gw1"]) as s:
        s.deploy("gateway", SERVICE)
        yield s


def test_each_cookie_is_its_own_header(stack):
    r = httpx.get(stack.url("gateway", "/cookies"))
    cookies = r.headers.get_list("set-cookie")
    assert len(cookies) == 2 and cookies[0].startswith("a=1") and "HttpOnly" in cookies[0]
    assert r.cookies["b"] == "2"


def test_the_path_reaches_express_undecoded(stack):
    r = httpx.get(stack.url("gateway", "/encoded/a%20b%2Fc"))
    assert r.json() == {"path": "/encoded/a%20b%2Fc", "name": "a b/c"}


def test_no_header_added_by_django(stack):
    r = httpx.get(stack.url("gateway", "/cookies"))
    assert "x-frame-options" not in r.headers and "referrer-policy" not in r.headers


def test_head_has_headers_and_no_body(stack):
    r = httpx.head(stack.url("gateway", "/head"))
    assert r.status_code == 200 and r.headers["x-head"] == "yes" and r.content == b""
