"""ws/projects/<slug>/: the owner gets live events; anyone else is closed out."""
import asyncio

from django.conf import settings
import pytest
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from ide import consumers, running
from ide.routing import websocket_urlpatterns

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


def communicator(user, slug="readfile"):
    c = WebsocketCommunicator(URLRouter(websocket_urlpatterns), f"/ws/projects/{slug}/")
    c.scope["user"] = user
    return c


async def test_owner_connects_and_receives_placement_events(alice, project):
    c = communicator(alice)
    connected, _ = await c.connect()
    assert connected
    await get_channel_layer().group_send(running.group_name(project),
                                         {"type": "flx.placement", "reason": "moved", "move": {"to": "node-b"}})
    assert await c.receive_json_from() == {"type": "placement", "reason": "moved", "move": {"to": "node-b"}}
    await c.disconnect()


async def test_other_user_is_closed_out(bob, project):
    connected, code = await communicator(bob).connect()
    assert not connected and code == 4404


async def test_anonymous_is_closed_out(project):
    from django.contrib.auth.models import AnonymousUser
    connected, code = await communicator(AnonymousUser()).connect()
    assert not connected and code == 4404


async def test_unknown_project_is_closed_out(alice):
    connected, _ = await communicator(alice, "nope").connect()
    assert not connected


async def test_other_user_gets_no_events(alice, bob, project):
    """Bob's own project does not put him in Alice's group."""
    from .helpers import corpus_files
    from ide import services
    await database_sync_to_async(services.create_project)(bob, "bobs", "Bob's", corpus_files("hello"))
    c = communicator(bob, "bobs")
    assert (await c.connect())[0]
    await get_channel_layer().group_send(running.group_name(project), {"type": "flx.placement", "reason": "x"})
    assert await c.receive_nothing(timeout=0.2)
    await c.disconnect()


async def test_logs_follow_streams_new_entries(alice, project, executor, monkeypatch):
    monkeypatch.setattr(consumers, "LOG_POLL_SECONDS", 0.05)
    executor.log(1000, "old")
    executor.log(2000, "boom", level="error", fluxion="reply", file="app.js", line=10)
    c = communicator(alice)
    await c.connect()
    await c.send_json_to({"type": "logs.follow", "since": 1500})
    first = await c.receive_json_from()
    assert first["type"] == "logs" and [e["text"] for e in first["entries"]] == ["boom"]
    executor.log(3000, "later")
    second = await c.receive_json_from(timeout=2)
    assert [e["text"] for e in second["entries"]] == ["later"]
    await c.disconnect()


async def test_logs_follow_without_executor_says_so(alice, project, executor_missing):
    c = communicator(alice)
    await c.connect()
    await c.send_json_to({"type": "logs.follow"})
    message = await c.receive_json_from()
    assert message["type"] == "logs.unavailable" and "not available" in message["message"]
    await c.disconnect()


async def test_full_stack_uses_session_auth(alice, project, client):
    """Through config.asgi (origin check, session middleware): the session cookie decides."""
    from config.asgi import application
    await database_sync_to_async(client.force_login)(alice)
    name = settings.SESSION_COOKIE_NAME
    cookie = f"{name}={client.cookies[name].value}".encode()
    c = WebsocketCommunicator(application, "/ws/projects/readfile/",
                              headers=[(b"cookie", cookie), (b"origin", b"http://localhost"), (b"host", b"localhost")])
    connected, _ = await c.connect()
    assert connected
    await c.disconnect()
    anonymous = WebsocketCommunicator(application, "/ws/projects/readfile/",
                                      headers=[(b"origin", b"http://localhost"), (b"host", b"localhost")])
    assert not (await anonymous.connect())[0]
    await asyncio.sleep(0)


# -- live load: what the executor sends to the project's groups ---------------------

async def test_owner_receives_metrics_events_and_load(alice, project):
    c = communicator(alice)
    assert (await c.connect())[0]
    layer = get_channel_layer()
    frame = {"ts": 1000, "slug": "readfile", "fluxions": {"handler": {"in": 3}}}
    await layer.group_send("metrics.readfile", {"type": "flx.metrics", "frame": frame})
    assert await c.receive_json_from() == {"type": "metrics", "frame": frame}
    event = {"type": "move.end", "unit": "grp", "from": "a", "to": "b", "pause_ms": 2.5}
    await layer.group_send("events.readfile", {"type": "flx.event", "event": event})
    assert await c.receive_json_from() == {"type": "event", "event": event}
    await layer.group_send("load.readfile", {"type": "flx.load", "run": "r1", "second": {"sent": 5}})
    assert await c.receive_json_from() == {"type": "load", "run": "r1", "second": {"sent": 5}}
    await layer.group_send("load.readfile", {"type": "flx.load", "run": "r1", "summary": {"failed": 0}})
    assert await c.receive_json_from() == {"type": "load", "run": "r1", "summary": {"failed": 0}}
    await c.disconnect()


async def test_history_on_demand(alice, project, executor):
    executor.frames_kept["readfile"] = [{"ts": 1000}, {"ts": 2000}]
    executor.events_kept["readfile"] = [{"type": "deploy", "version": 1}]
    executor.set_balancer("readfile", True)
    c = communicator(alice)
    await c.connect()
    await c.send_json_to({"type": "history"})
    assert await c.receive_json_from() == {"type": "history", "frames": [{"ts": 1000}, {"ts": 2000}],
                                           "events": [{"type": "deploy", "version": 1}], "runs": [],
                                           "balancer": True}
    await c.disconnect()


async def test_history_without_executor_says_so(alice, project, executor_missing):
    c = communicator(alice)
    await c.connect()
    await c.send_json_to({"type": "history"})
    message = await c.receive_json_from()
    assert message["type"] == "history.unavailable" and "not available" in message["message"]
    await c.disconnect()


async def test_others_get_no_metrics(alice, bob, project):
    from .helpers import corpus_files
    from ide import services
    await database_sync_to_async(services.create_project)(bob, "bobs", "Bob's", corpus_files("hello"))
    c = communicator(bob, "bobs")
    assert (await c.connect())[0]
    await get_channel_layer().group_send("metrics.readfile", {"type": "flx.metrics", "frame": {"ts": 1}})
    await get_channel_layer().group_send("events.readfile", {"type": "flx.event", "event": {"type": "deploy"}})
    assert await c.receive_nothing(timeout=0.2)
    await c.disconnect()


async def test_a_service_page_cannot_open_the_ides_socket(alice, project, client):
    """A page on the services' host (Origin 127.0.0.1) is refused even with the visitor's session."""
    from config.asgi import application
    await database_sync_to_async(client.force_login)(alice)
    name = settings.SESSION_COOKIE_NAME
    cookie = f"{name}={client.cookies[name].value}".encode()
    c = WebsocketCommunicator(application, "/ws/projects/readfile/",
                              headers=[(b"cookie", cookie), (b"origin", b"http://127.0.0.1:8000"),
                                       (b"host", b"localhost:8000")])
    assert not (await c.connect())[0]
    await asyncio.sleep(0)
