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
connection waits for all of a project's requests in flight, not one each.
Route metrics are added up in memory and written once a second.
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
from .metrics import SECOND_TTL_S, route_fields, second_key

# KEYS: p:meta, the HTTP unit's queue, p:open, the queue's bell; ARGV: the message, the limit, its rid,
# the timeout (ms). 1: queued; 0: the limit is reached; the project's status when it is not running;
# nil: no project.
# The limit is on the project's requests in flight (queued anywhere, or running): a request
# waits in whichever unit's queue, so the HTTP queue alone would not bound them. p:open scores
# each request by its deadline on Redis's clock, the one clock the gateway and every node
# share: a node knows how long it has before the gateway may give up (node.py's TAKE). Nodes
# take a request out of p:open when they answer it; one given up on leaves it at its deadline.
PUSH_IF_RUNNING = """
local status = redis.call('HGET', KEYS[1], 'status')
if status ~= 'running' then return status end
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[3], now + tonumber(ARGV[4]), ARGV[3])
redis.call('PEXPIRE', KEYS[3], ARGV[4])
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('RPUSH', KEYS[4], '1')
return 1
"""
# A request given up on, what becomes of it (the 504 says which):
#   dropped    no node had taken it: out of its queue, it never runs;
#   discarded  a node has it and none of its effects is committed: that node finds it given up
#              on (p:givenup) when it would commit them, and discards them (node.py, effects.py);
#   started    a part of it is committed (p:rq:<rid> `begun`, or an answer): it runs to its end.
# Before its deadline on Redis's clock, nothing changes and the milliseconds left come back
# as a negative number: the gateway waits them out first.
# KEYS: the HTTP queue, p:open, p:replied:<rid>, p:givenup, p:rq:<rid>; ARGV: the message, its rid, the TTL (s).
GIVE_UP = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local due = tonumber(redis.call('ZSCORE', KEYS[2], ARGV[2]))
if due and now < due then return now - due end
local fate = 'discarded'
if redis.call('LREM', KEYS[1], 1, ARGV[1]) == 1 then
  fate = 'dropped'
elseif redis.call('EXISTS', KEYS[3]) == 1 or redis.call('HEXISTS', KEYS[5], 'begun') == 1 then
  fate = 'started'
end
if fate ~= 'started' then redis.call('ZREM', KEYS[2], ARGV[2]) end
redis.call('SET', KEYS[3], 'timeout', 'EX', ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - 1000 * tonumber(ARGV[3]))
redis.call('ZADD', KEYS[4], now, ARGV[2])
redis.call('EXPIRE', KEYS[4], ARGV[3])
return fate
"""
FATES = {"dropped": "no node had taken it; it is dropped and never runs",
         "discarded": "a node was running it; its effects are discarded, none applied",
         "started": "a part of it was done already; it runs to its end, its effects applied, its answer discarded"}
HTTP_METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"}
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "upgrade", "proxy-connection"}
REPLY_BATCH = 256     # replies taken per round trip
LISTEN_BLOCK_S = 1    # how long one wait for replies lasts (the listener stops when nobody waits)
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
        """Runs while requests of `slug` wait; a reply for a request given up on is dropped."""
        failures = 0
        key, waiting = keys.gateway_replies(slug, self.id), self.waiting[slug]
        try:
            while waiting:
                try:
                    got = await self.r.blmpop(LISTEN_BLOCK_S, 1, key, direction="LEFT", count=REPLY_BATCH)
                    failures = 0
                except (redis.exceptions.RedisError, OSError):  # the replies wait in the list meanwhile
                    failures += 1
                    await asyncio.sleep(min(1.0, 0.05 * 2 ** failures))
                    continue
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
        key = second_key(int(time.time()))
        pipe = self.r.pipeline(transaction=False)
        for field, amount in values.items():
            if float(amount).is_integer():
                pipe.hincrby(key, field, int(amount))
            else:
                pipe.hincrbyfloat(key, field, amount)
        pipe.expire(key, SECOND_TTL_S)
        try:
            await pipe.execute()
        except redis.exceptions.RedisError:
            pass


class Gateway:
    """What the gateway keeps per event loop (tests run several loops)."""

    def __init__(self):
        # a bounded pool that makes a request wait for a connection, rather than fail, when
        # hundreds are in flight at once (redis-py's default pool refuses past its size)
        self.r = redis_client.connect_async(settings.REDIS_URL, max_connections=REDIS_CONNECTIONS,
                                            decode_responses=True, socket_timeout=None)
        self.push = self.r.register_script(PUSH_IF_RUNNING)
        self.give_up = self.r.register_script(GIVE_UP)
        self.replies = ReplyListener(settings.REDIS_URL)
        self.routes = RouteCounters(self.r)


_gateways = weakref.WeakKeyDictionary()
_pending = set()  # metrics flushes under way


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
        queued = await gw.push(keys=[keys.meta(slug), keys.queue(slug, keys.HTTP_UNIT), keys.open_requests(slug),
                                     keys.bell(slug, keys.HTTP_UNIT)],
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


def http_message(rid, method, url, headers, body, ip):
    """The message a request becomes, for the project's HTTP unit."""
    return {"id": rid, "k": "http", "unit": keys.HTTP_UNIT, "rid": rid, "t": int(time.time() * 1000),
            "req": {"method": method, "url": url, "headers": headers, "ip": ip,
                    "body": base64.b64encode(body).decode() if body else ""}}


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
