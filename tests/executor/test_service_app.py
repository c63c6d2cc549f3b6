"""The services' host in front of Django (executor/service_app.py), called as ASGI."""
import asyncio

from executor.service_app import ByHost, request_headers, service_app

SERVICE = [(b"host", b"127.0.0.1:8000")]


def call(app, path, headers=SERVICE, method="GET", query=b""):
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)
    scope = {"type": "http", "method": method, "path": path, "raw_path": path.encode(), "query_string": query,
             "headers": headers, "scheme": "http", "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 5000)}
    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], dict(sent[0]["headers"]), b"".join(m.get("body", b"") for m in sent[1:])


def test_healthz_answers_without_django():
    assert call(service_app, "/healthz")[::2] == (200, b"ok")


def test_any_other_path_goes_to_the_ides_host():
    status, headers, _ = call(service_app, "/p/readfile/", query=b"a=1")
    assert status == 307 and headers[b"location"] == b"http://localhost:8000/p/readfile/?a=1"


def test_only_the_services_host_skips_django():
    reached = []

    async def ide(scope, receive, send):
        reached.append(scope["path"])
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})
    app = ByHost(service_app, ide)
    assert call(app, "/healthz")[0] == 200 and reached == []
    assert call(app, "/healthz", headers=[(b"host", b"localhost:8000")])[0] == 204 and reached == ["/healthz"]
    assert call(app, "/healthz", headers=[(b"host", b"127.0.0.1.evil.test")])[0] == 204


def test_repeated_headers_are_joined_as_node_joins_them_and_ide_cookies_dropped():
    scope = {"headers": [(b"X-Tag", b"a"), (b"x-tag", b"b"), (b"cookie", b"cart=1"),
                         (b"cookie", b"liquefy_session=secret; theme=dark")]}
    assert request_headers(scope) == {"x-tag": "a, b", "cookie": "cart=1; theme=dark"}
