"""The project's socket against the real metrics loop and real nodes: frames once a second with
exact counts, moves as events, history on demand; nobody but the owner gets a frame."""
import asyncio
import os
import time

import pytest
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from executor import api, gateway
from ide import services
from ide.routing import websocket_urlpatterns
from tests.support.stack import LiquefyStack

pytestmark = [pytest.mark.executor, pytest.mark.django_db(transaction=True), pytest.mark.asyncio]

SLUG = "live-count"
SERVICE = {"app.js": b"""var express = require('express');
var app = express();
var hits = 0;
app.get('/hit', function hit(req, res) { hits += 1; res.end(String(hits)); });
module.exports = app;
"""}
N = 40  # requests, sent in 4 bursts of 10 half a second apart


@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=["live1", "live2"], metrics=True, control=False, gateway=False) as s:
        s.deploy(SLUG, SERVICE)
        s.wait_for(lambda: api.frames(SLUG), "the metrics loop's first frame", "metrics")  # it listens to events too
        yield s


@pytest.fixture(autouse=True)
def memory_channel_layer(settings):
    """Overrides the conftest's in-memory layer: the metrics loop is another process."""
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels_redis.core.RedisChannelLayer",
                                           "CONFIG": {"hosts": [{"address": os.environ["REDIS_URL"],
                                                                 "socket_timeout": None}]}}}


@pytest.fixture
def project(alice, stack):
    return services.create_project(alice, SLUG, "Live count", {"app.js": SERVICE["app.js"]})


def communicator(user):
    c = WebsocketCommunicator(URLRouter(websocket_urlpatterns), f"/ws/projects/{SLUG}/")
    c.scope["user"] = user
    return c


async def next_of(c, kind, timeout=3):
    """The next message of `kind` ("metrics", "event", "history"), skipping the others."""
    deadline = time.monotonic() + timeout
    while True:
        message = await c.receive_json_from(timeout=max(0.01, deadline - time.monotonic()))
        if message["type"] == kind:
            return message


async def send_requests():
    answers = []
    for burst in range(4):
        answers += await asyncio.gather(*(api.request(SLUG, "GET", "/hit") for _ in range(10)))
        await asyncio.sleep(0.5)
    await gateway.flush_metrics()  # the gateway's route counters, written once a second
    return answers


async def test_frames_come_once_a_second_with_exact_counts(alice, project):
    c = communicator(alice)
    assert (await c.connect())[0]
    started = time.monotonic()
    first = [(await next_of(c, "metrics"))["frame"] for _ in range(5)]
    assert time.monotonic() - started <= 7
    assert [b["ts"] - a["ts"] for a, b in zip(first, first[1:])] == [1000] * 4
    assert all(f["slug"] == SLUG and set(f["nodes"]) >= {"live1", "live2"} for f in first)

    answers = await send_requests()
    assert sorted(int(body) for status, _, body in answers if status == 200) == list(range(1, N + 1))
    until_ms = (time.time() + 3) * 1000  # the nodes flush once a second: counts may land a second later
    frames = list(first)
    while frames[-1]["ts"] < until_ms:
        frames.append((await next_of(c, "metrics"))["frame"])
    assert [b["ts"] - a["ts"] for a, b in zip(frames, frames[1:])] == [1000] * (len(frames) - 1)
    assert sum(f["fluxions"].get("hit", {}).get("in", 0) for f in frames) == N
    assert sum(f["routes"].get("GET /hit", {}).get("rate", 0) for f in frames) == N
    assert sum(f["streams"].get("main>hit", 0) for f in frames) == N
    await c.disconnect()


async def test_moves_are_events_and_history_has_them(alice, project):
    c = communicator(alice)
    assert (await c.connect())[0]
    unit = next(u for u, info in api.placement(SLUG).items() if info["stateful"])
    here = api.placement(SLUG)[unit]["node"]
    there = "live2" if here == "live1" else "live1"
    moved = await database_sync_to_async(api.place)(SLUG, unit, there)
    seen = [(await next_of(c, "event"))["event"] for _ in range(3)]
    # The node publishes the hand-over, api.place the end as soon as it sees it: either may come first.
    assert seen[0]["type"] == "move.start" and {e["type"] for e in seen[1:]} == {"move.handover", "move.end"}
    assert all(e["unit"] == unit and e["from"] == here and e["to"] == there for e in seen)
    end = next(e for e in seen if e["type"] == "move.end")
    assert end["pause_ms"] == pytest.approx(moved["pause_ms"], abs=0.01)

    await c.send_json_to({"type": "history"})
    history = await next_of(c, "history", timeout=5)
    assert history["events"][-3:] == seen
    assert history["frames"] and all(f["slug"] == SLUG for f in history["frames"])
    ts = [f["ts"] for f in history["frames"]]
    assert ts == sorted(ts) and history["runs"] == [] and history["balancer"] is False
    await c.disconnect()


@pytest.mark.parametrize("who", ["bob", "anonymous"])
async def test_others_are_refused_and_get_no_frame(who, bob, project):
    from django.contrib.auth.models import AnonymousUser
    c = communicator(bob if who == "bob" else AnonymousUser())
    connected, code = await c.connect()
    assert not connected and code == 4404
    assert await c.receive_nothing(timeout=2.5)  # more than two frames' time
