"""The services' host as an ASGI application of its own, in front of Django.

A request on LIQUEFY_SERVICE_HOST never reaches Django: `/svc/NAME/...` goes
to the gateway (executor/gateway.py: `send`), `/healthz` answers here, any
other path is redirected to the IDE's host. Django's request path (its
middlewares, its request and response objects) cost more than the rest of
the gateway put together, and services need none of it.
"""
import re

from django.conf import settings

from . import gateway
from .origins import cookie_refusal, forwarded_cookie_header, ide_origin

SERVICE_PATH = re.compile(r"^/svc/([a-z0-9][a-z0-9-]*)(/.*)?$")
TEXT = [(b"content-type", b"text/plain; charset=utf-8")]


def host_of(scope):
    for name, value in scope.get("headers", ()):
        if name == b"host":
            return value.decode("latin-1").rsplit(":", 1)[0] if not value.startswith(b"[") else \
                value.decode("latin-1").split("]")[0] + "]"
    return ""


def on_service_host(scope):
    return host_of(scope).lower() == settings.LIQUEFY_SERVICE_HOST.lower()


def request_headers(scope):
    """Header names lower-cased, repeated headers joined as Node.js joins them, less the IDE's cookies."""
    headers = {}
    for raw_name, raw_value in scope.get("headers", ()):
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        if name in headers:
            value = headers[name] + ("; " if name == "cookie" else ", ") + value
        headers[name] = value
    if "cookie" in headers:
        headers["cookie"] = forwarded_cookie_header(headers["cookie"])
        if not headers["cookie"]:
            del headers["cookie"]
    return headers


def ide_location(scope):
    ide = ide_origin(scope.get("scheme", "http"), scope.get("server", (None, None))[1])
    query = scope.get("query_string", b"").decode("latin-1")
    return ide + scope.get("raw_path", scope["path"].encode()).decode("latin-1") + (f"?{query}" if query else "")


async def read_body(receive):
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def respond(send, status, headers, body, head=False):
    headers = list(headers) + [(b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else body})


async def service_app(scope, receive, send):
    path = scope["path"]
    if path == "/healthz":
        return await respond(send, 200, TEXT, b"ok")
    match = SERVICE_PATH.match(path)
    if match is None:
        return await respond(send, 307, [(b"location", ide_location(scope).encode("latin-1"))] + TEXT, b"")
    slug = match.group(1)
    body = await read_body(receive)
    if body is None:
        return
    raw = scope.get("raw_path") or path.encode()
    url = raw.decode("latin-1")[len(f"/svc/{slug}"):] or "/"
    if scope.get("query_string"):
        url += "?" + scope["query_string"].decode("latin-1")
    client = scope.get("client") or ("::ffff:127.0.0.1", 0)
    status, headers, payload = await gateway.send(slug, scope["method"], url, request_headers(scope), body,
                                                  ip=client[0])
    await respond(send, status, await response_headers(slug, headers), payload, head=scope["method"] == "HEAD")


async def response_headers(slug, headers):
    """The service's headers as it sent them, less hop-by-hop ones and cookies that would touch the IDE."""
    out = []
    for name, value in headers:
        lower = name.lower()
        if lower in gateway.HOP_BY_HOP:
            continue
        if lower == "set-cookie":
            refusal = cookie_refusal(value)
            if refusal:
                await gateway.log_refusal(slug, f"Set-Cookie refused ({refusal}): {value[:200]}")
                continue
        out.append((lower.encode("latin-1"), value.encode("latin-1", "replace")))
    return out


class ByHost:
    """HTTP on the services' host to `services`, everything else to `ide` (Django)."""

    def __init__(self, services, ide):
        self.services, self.ide = services, ide

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and on_service_host(scope):
            return await self.services(scope, receive, send)
        return await self.ide(scope, receive, send)
