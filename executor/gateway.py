"""The gateway: `ANY /svc/NAME/<path>` becomes a message, its response comes back.

executor/service_app.py takes the HTTP request (an ASGI app on the services'
host, in front of Django); `send` here makes it a message.

The request goes to the project's HTTP unit (any node may take it); the
Express router runs there and calls the route's fluxions, here or elsewhere.
Whichever node ends the response pushes it to the gateway's own reply list of
the project (the request id names the gateway: keys.reply; the list is the
project's, so the node's transaction stays in the project's Redis Cluster slot),
where one listener per event loop and project with requests in flight takes
replies in batches and hands each to the request waiting for it: one Redis
connection waits for all of a project's requests in flight, not one each (and
waits on a moment after the last, for the next). The
requests that come in one turn of the event loop are pushed in one pipeline
(PushBatcher). Route metrics are added up in memory and written once a second.
"""
import asyncio
import base64
import json
import time
import uuid
import weakref
from collections import defaultdict

import redis
from django.conf import settings
from django.http import HttpResponse

from . import console, keys, redis_client
from .metrics import route_fields
from .protocol import http_message
from .scripts import GIVE_UP, PUSH_IF_RUNNING

FATES = {"dropped": "no node had taken it; it is dropped and never runs",
         "discarded": "a node was running it; its effects are discarded, none applied",
         "started": "a part of it was done already; it runs to its end, its effects applied, its answer discarded"}
HTTP_METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"}
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "upgrade", "proxy-connection"}
REPLY_BATCH = 256     # replies taken per round trip
LISTEN_BLOCK_S = 1    # how long one wait for replies lasts while requests wait
LINGER_S = 0.1        # how long the listener waits on once nobody waits, for the next request
METRICS_FLUSH_S = 1.0
LISTENER_NAME = "liquefy-gateway-replies"
TEXT = ("Content-Type", "text/plain; charset=utf-8")
REDIS_CONNECTIONS = 32  # per gateway process: its short commands (push, status, metrics)


class ReplyListener:
    """Takes this gateway's replies off its lists and hands each to the request waiting for it."""

    def __init__(self, url):
        self.id = uuid.uuid4().hex[:16]
        self.r = redis_client.connect_async(url, decode_responses=True, socket_timeout=None,
                                            client_name=LISTENER_NAME)
        self.waiting = defaultdict(dict)  # slug -> {rid: future}
        self.tasks = {}  # slug -> the task listening to its list

    def expect(self, rid):
        """A future for the reply to `rid`: asked before the request is queued, so none is missed."""
        future = asyncio.get_running_loop().create_future()
        slug = keys.slug_of(rid)
        self.waiting[slug][rid] = future
        if slug not in self.tasks:
            self.tasks[slug] = asyncio.ensure_future(self.listen(slug))
        return future

    def forget(self, rid):
        self.waiting.get(keys.slug_of(rid), {}).pop(rid, None)

    async def listen(self, slug):
        """Runs while requests of `slug` wait, and LINGER_S after the last was answered: one request
        after another (one connection) finds the listener there, its wait already sent. A reply for
        a request given up on is dropped."""
        failures = 0
        key, waiting = keys.gateway_replies(slug, self.id), self.waiting[slug]
        try:
            while True:
                block_s = LISTEN_BLOCK_S if waiting else LINGER_S
                try:
                    got = await self.r.blmpop(block_s, 1, key, direction="LEFT", count=REPLY_BATCH)
                    failures = 0
                except (redis.exceptions.RedisError, OSError):  # the replies wait in the list meanwhile
                    if not waiting:
                        break
                    failures += 1
                    await asyncio.sleep(min(1.0, 0.05 * 2 ** failures))
                    continue
                if not got and not waiting:
                    break
                for raw in got[1] if got else ():
                    reply = json.loads(raw)
                    future = waiting.pop(reply.get("rid"), None)
                    if future is not None and not future.done():
                        future.set_result(reply)
        finally:
            del self.tasks[slug]
            if not waiting:
                del self.waiting[slug]


class RouteCounters:
    """Per-route counts added up in memory, written in one pipeline once a second."""

    def __init__(self, r):
        self.r = r
        self.values = defaultdict(float)
        self.flushing = None

    def add(self, fields):
        for field, amount in fields.items():
            self.values[field] += amount
        if self.flushing is None:
            self.flushing = asyncio.get_running_loop().call_later(METRICS_FLUSH_S, self.flush_soon)

    def flush_soon(self):
        task = asyncio.ensure_future(self.flush())
        _pending.add(task)
        task.add_done_callback(_pending.discard)

    async def flush(self):
        if self.flushing is not None:
            self.flushing.cancel()
            self.flushing = None
        values, self.values = self.values, defaultdict(float)
        if not values:
            return
        key = keys.metrics_second(int(time.time()))
        pipe = self.r.pipeline(transaction=False)
        for field, amount in values.items():
            if float(amount).is_integer():
                pipe.hincrby(key, field, int(amount))
            else:
                pipe.hincrbyfloat(key, field, amount)
        pipe.expire(key, keys.METRICS_SECOND_TTL_S)
        try:
            await pipe.execute()
        except redis.exceptions.RedisError:
            pass


class PushBatcher:
    """The pushes of the requests that came in one turn of the event loop, sent in one pipeline: a
    burst of requests (16 connections answered by one batch of replies send their next requests at
    once) costs this process and Redis one write and one read, not one per request. Each push is
    its own script call, its result its request's. On a Redis Cluster, one call per push."""

    def __init__(self, r, script):
        self.r, self.script = r, script
        self.one_by_one = redis_client.clustered(r)
        self.pending = []  # (keys, args, future)

    async def push(self, keys, args):
        if self.one_by_one:
            return await self.script(keys=keys, args=args)
        future = asyncio.get_running_loop().create_future()
        self.pending.append((keys, args, future))
        if len(self.pending) == 1:  # the flush's first step runs in the next turn, after this turn's pushes
            task = asyncio.ensure_future(self.flush())
            _pending.add(task)
            task.add_done_callback(_pending.discard)
        return await future

    async def in_pipeline(self, batch):
        """The pushes as EVALSHA in one pipeline: redis-py's own pipelining of scripts asks SCRIPT EXISTS
        first, a round trip more. A push Redis did not run for want of the script (NOSCRIPT: a Redis
        restarted) is sent again once the script is loaded."""
        pipe = self.r.pipeline(transaction=False)
        for keys, args, _ in batch:
            pipe.execute_command("EVALSHA", self.script.sha, len(keys), *keys, *args)
        results = await pipe.execute(raise_on_error=False)
        missing = [i for i, result in enumerate(results) if isinstance(result, redis.exceptions.NoScriptError)]
        if missing:
            await self.r.script_load(self.script.script)
            for i in missing:
                keys, args, _ = batch[i]
                results[i] = await self.script(keys=keys, args=args)
        return results

    async def flush(self):
        batch, self.pending = self.pending, []
        await self.send(batch)

    async def send(self, batch):
        try:
            if len(batch) == 1:
                results = [await self.script(keys=batch[0][0], args=batch[0][1])]
            else:
                results = await self.in_pipeline(batch)
        except Exception as e:  # noqa: BLE001 - each request waiting fails with it
            results = [e] * len(batch)
        for (_, _, future), result in zip(batch, results):
            if future.done():  # its request was cancelled meanwhile
                continue
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)


class Gateway:
    """What the gateway keeps per event loop (tests run several loops)."""

    def __init__(self):
        # a bounded pool that makes a request wait for a connection, rather than fail, when
        # hundreds are in flight at once (redis-py's default pool refuses past its size)
        self.r = redis_client.connect_async(settings.REDIS_URL, max_connections=REDIS_CONNECTIONS,
                                            decode_responses=True, socket_timeout=None)
        self.pushes = PushBatcher(self.r, self.r.register_script(PUSH_IF_RUNNING))
        self.give_up = self.r.register_script(GIVE_UP)
        self.replies = ReplyListener(settings.REDIS_URL)
        self.routes = RouteCounters(self.r)


_gateways = weakref.WeakKeyDictionary()
_pending = set()  # metrics flushes and pushes under way


def here():
    loop = asyncio.get_running_loop()
    gw = _gateways.get(loop)
    if gw is None:
        gw = _gateways[loop] = Gateway()
    return gw


def client():
    """The event loop's async Redis client."""
    return here().r


def timeout_ms_of(timeout_ms):
    return timeout_ms or settings.LIQUEFY_GATEWAY_TIMEOUT_MS


async def send(slug, method, url, headers, body, ip="::ffff:127.0.0.1", timeout_ms=None):
    """(status, [(name, value)], body bytes) for one request to a deployed service."""
    gw = here()
    rid = keys.request_id(slug, gw.replies.id)
    started = time.perf_counter()
    message = http_message(rid, method, url, headers, body, ip)
    limit = settings.LIQUEFY_QUEUE_LIMIT
    future = gw.replies.expect(rid)
    text = json.dumps(message)
    try:
        queued = await gw.pushes.push(keys=[keys.meta(slug), keys.queue(slug, keys.HTTP_UNIT),
                                            keys.open_requests(slug), keys.bell(slug, keys.HTTP_UNIT)],
                                      args=[text, limit, rid, timeout_ms_of(timeout_ms)])
    except BaseException:
        gw.replies.forget(rid)
        raise
    if queued != 1:
        gw.replies.forget(rid)
        if queued is None:
            return 404, [TEXT], f"no service named {slug}\n".encode()
        if queued == 0:
            return 503, [TEXT, ("Retry-After", "1")], \
                f"service {slug} has {limit} requests in flight already: try again shortly\n".encode()
        return 503, [TEXT, ("Retry-After", "1")], f"service {slug} is {queued}\n".encode()
    timeout = timeout_ms_of(timeout_ms) / 1000
    try:
        reply = await wait_for_reply(gw, slug, rid, text, future, timeout)
    finally:
        gw.replies.forget(rid)
    if isinstance(reply, str):
        return 504, [TEXT, ("X-Liquefy-Request", rid), ("X-Liquefy-Deadline", reply)], \
            f"the service did not answer within {timeout:g} s (request {rid}): {FATES[reply]}\n".encode()
    record_route(gw, slug, route_name(reply.get("route"), method), reply["status"], started)
    return reply["status"], [tuple(h) for h in reply["headers"]], base64.b64decode(reply["body"])


async def wait_for_reply(gw, slug, rid, text, future, timeout):
    """The reply, or what became of the request given up on at its deadline (GIVE_UP)."""
    while True:
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout)
        except asyncio.TimeoutError:
            pass
        fate = await gw.give_up(keys=[keys.queue(slug, keys.HTTP_UNIT), keys.open_requests(slug),
                                      keys.replied(rid), keys.given_up(slug), keys.request(slug, rid)],
                                args=[text, rid, keys.REPLY_TTL_S])
        if isinstance(fate, str):
            return fate
        timeout = -fate / 1000 + 0.001  # before its deadline on Redis's clock


def route_name(route, method):
    """"GET /items/:id" as metrics count it; a made-up method (any token is one) makes no new route."""
    head, _, pattern = (route or f"{method} (no route)").partition(" ")
    return f"{head if head in HTTP_METHODS else 'OTHER'} {pattern}"[:200]


def record_route(gw, slug, route, status, started):
    """Per-route rate, latency and status, counted in memory."""
    if settings.LIQUEFY_METRICS:
        gw.routes.add(route_fields(slug, route, status, (time.perf_counter() - started) * 1000))


async def flush_metrics():
    """Writes the route counts now (the loop's periodic flush does it within a second)."""
    await here().routes.flush()


async def log_refusal(slug, text):
    """A line in the project's console: what the gateway would not pass on, and why."""
    pipe = client().pipeline(transaction=False)
    console.push(pipe, slug, console.line("warn", text, "gateway"))
    await pipe.execute()


async def healthz(request):
    """A bare async view: the baseline the gateway's own cost is compared with."""
    return HttpResponse(b"ok", content_type="text/plain")
