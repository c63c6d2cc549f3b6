"""The gateway: `ANY /svc/NAME/<path>` becomes a message, its response comes back.

executor/service_app.py takes the HTTP request (an ASGI app on the services'
host, in front of Django); `send` here makes it a message.

The request goes to the project's HTTP unit (any node may take it); the
Express router runs there and calls the route's fluxions, here or elsewhere.
Whichever node ends the response pushes it to `flx:reply:<rid>`, where the
gateway waits for it.
"""
import asyncio
import base64
import json
import time

import redis
import redis.asyncio as aioredis
from django.conf import settings
from django.http import HttpResponse

from . import console, keys
from .metrics import SECOND_TTL_S, route_fields, second_key

PUSH_IF_ROOM = """
-- KEYS: a queue; ARGV: the message, the queue's limit. 0 when the queue is full.
if redis.call('LLEN', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
return redis.call('RPUSH', KEYS[1], ARGV[1])
"""
HTTP_METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"}
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "upgrade", "proxy-connection"}
_clients = {}
_scripts = {}
_pending = set()  # background writes of route metrics


def client():
    """One async Redis client per event loop (tests run several loops)."""
    loop = asyncio.get_running_loop()
    c = _clients.get(id(loop))
    if c is None:
        c = _clients[id(loop)] = aioredis.Redis.from_url(settings.REDIS_URL, decode_responses=True,
                                                         socket_timeout=None)
    return c


def push_if_room(r):
    """The gateway's push into a project's request queue, refused when the queue is full."""
    script = _scripts.get(id(r))
    if script is None:
        script = _scripts[id(r)] = r.register_script(PUSH_IF_ROOM)
    return script


async def send(slug, method, url, headers, body, ip="::ffff:127.0.0.1", timeout_ms=None):
    """(status, [(name, value)], body bytes) for one request to a deployed service."""
    r = client()
    status = await r.hget(keys.meta(slug), "status")
    if status is None:
        return 404, [("Content-Type", "text/plain; charset=utf-8")], f"no service named {slug}\n".encode()
    if status != "running":
        return 503, [("Content-Type", "text/plain; charset=utf-8"), ("Retry-After", "1")], \
            f"service {slug} is {status}\n".encode()
    rid = keys.request_id(slug)
    started = time.perf_counter()
    message = {"id": rid, "k": "http", "unit": keys.HTTP_UNIT, "rid": rid, "t": int(time.time() * 1000),
               "req": {"method": method, "url": url, "headers": headers, "ip": ip,
                       "body": base64.b64encode(body).decode() if body else ""}}
    limit = settings.LIQUEFY_QUEUE_LIMIT
    if not await push_if_room(r)(keys=[keys.queue(slug, keys.HTTP_UNIT)], args=[json.dumps(message), limit]):
        return 503, [("Content-Type", "text/plain; charset=utf-8"), ("Retry-After", "1")], \
            f"service {slug} has {limit} requests waiting already: try again shortly\n".encode()
    timeout = (timeout_ms or settings.LIQUEFY_GATEWAY_TIMEOUT_MS) / 1000
    try:
        got = await r.blpop([keys.reply(rid)], timeout=timeout)
    except redis.exceptions.TimeoutError:
        got = None
    if got is None:
        await r.set(keys.replied(rid), "timeout", ex=keys.REPLY_TTL_S)
        return 504, [("Content-Type", "text/plain; charset=utf-8"), ("X-Liquefy-Request", rid)], \
            (f"the service did not answer within {timeout:g} s (request {rid}); if no node had started it, "
             "it is dropped and never runs (the project's console says so)\n").encode()
    reply = json.loads(got[1])
    record_route(slug, route_name(reply.get("route"), method), reply["status"], started)
    return reply["status"], [tuple(h) for h in reply["headers"]], base64.b64decode(reply["body"])


def route_name(route, method):
    """"GET /items/:id" as metrics count it; a made-up method (any token is one) makes no new route."""
    head, _, pattern = (route or f"{method} (no route)").partition(" ")
    return f"{head if head in HTTP_METHODS else 'OTHER'} {pattern}"[:200]


def record_route(slug, route, status, started):
    """Per-route rate, latency and status, counted in the background."""
    if not settings.LIQUEFY_METRICS:
        return
    ms = (time.perf_counter() - started) * 1000
    fields = route_fields(slug, route, status, ms)

    async def write():
        pipe = client().pipeline(transaction=False)
        key = second_key(int(time.time()))
        for field, amount in fields.items():
            if isinstance(amount, float):
                pipe.hincrbyfloat(key, field, amount)
            else:
                pipe.hincrby(key, field, amount)
        pipe.expire(key, SECOND_TTL_S)
        try:
            await pipe.execute()
        except redis.exceptions.RedisError:
            pass
    task = asyncio.ensure_future(write())
    _pending.add(task)
    task.add_done_callback(_pending.discard)


async def log_refusal(slug, text):
    """A line in the project's console: what the gateway would not pass on, and why."""
    pipe = client().pipeline(transaction=False)
    console.push(pipe, slug, console.line("warn", text, "gateway"))
    await pipe.execute()


async def healthz(request):
    """A bare async view: the baseline the gateway's own cost is compared with."""
    return HttpResponse(b"ok", content_type="text/plain")
