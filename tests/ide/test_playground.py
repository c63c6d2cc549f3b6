"""The playground's views (issue 15): CSRF for visitors, examples, the code kept for a new project.
The same in Chromium: test_browser_playground.py."""
import re

import pytest
from django.conf import settings
from django.test import Client

from ide import analysis_pool

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_pool():
    analysis_pool.reset()
    yield
    analysis_pool.reset()


def test_a_visitor_gets_a_csrf_cookie_and_token_and_analyses_with_them():
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/playground/")
    assert settings.CSRF_COOKIE_NAME in page.cookies
    token = re.search(r'<meta name="csrf-token" content="([^"]+)"', page.content.decode()).group(1)
    refused = visitor.post("/api/analyze", {"code": "var x = 1;"}, content_type="application/json")
    assert refused.status_code == 403
    answer = visitor.post("/api/analyze", {"code": "var x = 1;"}, content_type="application/json",
                          HTTP_X_CSRFTOKEN=token)
    assert answer.status_code == 200 and "graph" in answer.json()


def test_the_playground_starts_from_an_example(client):
    assert "function reply(req, res)" in client.get("/playground/").context["boot"]["files"]["app.js"]
    chain = client.get("/playground/?example=chain3")
    assert chain.context["chosen"] == "chain3" and "readFile" in chain.context["boot"]["files"]["app.js"]
    assert client.get("/playground/?example=nope").context["chosen"] == "hello"


def test_a_visitor_keeps_the_code_through_sign_up(client):
    answer = client.post("/playground/keep", {"code": "var kept = 1;\r\n"})
    assert answer.status_code == 302 and answer.url == "/signup/"
    assert b"Your playground code is kept" in client.get("/signup/").content
    client.post("/signup/", {"username": "carol", "password1": "correct-horse-42", "password2": "correct-horse-42"})
    form = client.get("/new/").context["form"]
    assert form.initial == {"source": "paste", "code": "var kept = 1;\n"}
    created = client.post("/new/", {"slug": "kept", "source": "paste", "code": "var kept = 1;\n"})
    assert created.status_code == 302
    assert client.get("/new/").context["form"].initial == {}  # used once


def test_a_user_keeps_the_code_straight_into_a_new_project(alice_client):
    answer = alice_client.post("/playground/keep", {"code": "var mine = 2;"})
    assert answer.status_code == 302 and answer.url == "/new/"
    assert alice_client.get("/new/").context["form"].initial["code"] == "var mine = 2;"


def test_code_too_long_to_keep_is_refused(client, settings):
    settings.LIQUEFY_PLAYGROUND_MAX_CHARS = 10
    assert client.post("/playground/keep", {"code": "x" * 11}).status_code == 413
