"""The IDE and the services on two hosts (executor/origins.py, executor/service_app.py): through
Django's request path for the IDE's host, through the whole ASGI application for both."""
import asyncio

import httpx
import pytest
from django.conf import settings
from django.core.checks import run_checks
from django.test import Client

from executor.origins import cookie_refusal, forwarded_cookie_header

SERVICE_HOST = "127.0.0.1:8000"
IDE_HOST = "localhost:8000"


@pytest.mark.parametrize("path", ["/svc/counter/count?x=1", "/svc/counter"])
def test_a_service_asked_on_the_ides_host_is_redirected_unforwarded(path):
    answer = Client(HTTP_HOST=IDE_HOST).get(path)
    assert answer.status_code == 307 and answer["Location"] == f"http://{SERVICE_HOST}{path}"


def test_a_post_to_a_service_on_the_ides_host_keeps_its_method():
    answer = Client(HTTP_HOST=IDE_HOST).post("/svc/counter/add", data=b"x", content_type="text/plain")
    assert answer.status_code == 307


def through_asgi(host, path):
    """GET `path` on `host` from config.asgi's application, as the ASGI server would call it."""
    from config.asgi import application

    async def get():
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url=f"http://{host}") as client:
            return await client.get(path)
    return asyncio.run(get())


@pytest.mark.parametrize("path", ["/", "/login/", "/api/analyze", "/admin/", "/p/readfile/"])
def test_the_ide_asked_on_the_services_host_is_redirected(path):
    answer = through_asgi(SERVICE_HOST, path)
    assert answer.status_code == 307 and answer.headers["location"] == f"http://{IDE_HOST}{path}"


@pytest.mark.django_db
def test_the_ide_answers_on_its_host():
    assert Client(HTTP_HOST=IDE_HOST).get("/login/").status_code == 200


@pytest.mark.parametrize("host", [IDE_HOST, SERVICE_HOST])
def test_healthz_answers_on_both(host):
    assert through_asgi(host, "/healthz").status_code == 200


@pytest.mark.parametrize("host", ["127.0.0.1.evil.test", "[::1]:8000"])
def test_other_hosts_are_refused(host):
    assert Client(HTTP_HOST=host).get("/svc/counter/").status_code == 400


@pytest.mark.django_db
def test_the_ides_cookies_are_host_only_and_not_for_scripts(client, django_user_model):
    django_user_model.objects.create_user("ada", password="a long password 1")
    page = Client(HTTP_HOST=IDE_HOST)
    page.get("/login/")
    page.post("/login/", {"username": "ada", "password": "a long password 1"})
    for name in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME):
        cookie = page.cookies[name]
        assert cookie["domain"] == "" and cookie["httponly"] is True, name


def test_the_ides_cookies_are_not_forwarded():
    session, csrf = settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME
    header = f"cart=3; {session}=abc; theme=dark; {csrf}=tok"
    assert forwarded_cookie_header(header) == "cart=3; theme=dark"
    assert forwarded_cookie_header(f"{session}=abc") == ""


def test_a_service_may_use_common_cookie_names():
    """`sessionid` and `csrftoken` are ordinary names for a service's own cookies."""
    assert forwarded_cookie_header("sessionid=1; csrftoken=2") == "sessionid=1; csrftoken=2"
    assert cookie_refusal("sessionid=abc; Path=/; HttpOnly") is None


@pytest.mark.parametrize("set_cookie", [
    f"{settings.SESSION_COOKIE_NAME}=forged; Path=/",
    f"{settings.CSRF_COOKIE_NAME}=forged",
    "theme=dark; Domain=localhost; Path=/",
    "theme=dark; Path=/; domain=.LOCALHOST",
])
def test_set_cookie_that_would_touch_the_ide_is_refused(set_cookie):
    assert cookie_refusal(set_cookie)


@pytest.mark.parametrize("set_cookie", ["theme=dark", "a=1; Path=/; HttpOnly; SameSite=Lax",
                                        "a=1; Domain=127.0.0.1", "a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT"])
def test_a_services_own_cookies_pass(set_cookie):
    assert cookie_refusal(set_cookie) is None


def test_production_domain_reaching_the_ide_is_refused(settings):
    settings.LIQUEFY_IDE_HOST, settings.LIQUEFY_SERVICE_HOST = "ide.example.com", "svc.example.com"
    assert cookie_refusal("a=1; Domain=example.com")
    assert cookie_refusal("a=1; Domain=svc.example.com") is None


def test_one_host_for_both_is_a_configuration_error(settings):
    settings.LIQUEFY_SERVICE_HOST = settings.LIQUEFY_IDE_HOST
    assert any(e.id == "liquefy.E001" for e in run_checks())


def test_an_ide_cookie_domain_reaching_the_services_is_a_configuration_error(settings):
    settings.LIQUEFY_IDE_HOST, settings.LIQUEFY_SERVICE_HOST = "ide.example.com", "svc.example.com"
    settings.SESSION_COOKIE_DOMAIN = ".example.com"
    assert any(e.id == "liquefy.E002" for e in run_checks())
