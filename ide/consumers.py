"""ws/projects/<slug>/: live events of one project, for its owner only: placement changes,
logs on demand, and what the executor sends (metrics frames, events, load generator results)."""
import asyncio

from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from executor import live

from . import running, services
from .api import since_ms
from .uploads import UploadRefused

LOG_POLL_SECONDS = 1.0


class ProjectConsumer(AsyncJsonWebsocketConsumer):
    """Thin: checks ownership, joins the project's groups, forwards events, answers requests for logs
    and history."""

    async def connect(self):
        slug = self.scope["url_route"]["kwargs"]["slug"]
        self.project = await database_sync_to_async(services.owned_project)(self.scope.get("user"), slug)
        self.follower = None
        if self.project is None:
            await self.close(code=4404)
            return
        self.groups_joined = [running.group_name(self.project), *running.live_groups(self.project)]
        for group in self.groups_joined:
            await self.channel_layer.group_add(group, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        if getattr(self, "follower", None):
            self.follower.cancel()
        for group in getattr(self, "groups_joined", []):
            await self.channel_layer.group_discard(group, self.channel_name)

    async def receive_json(self, content, **kwargs):
        if not isinstance(content, dict):
            await self.send_json({"type": live.SOCKET_ERROR, "message": "a message is a JSON object {type, ...}"})
            return
        kind = content.get("type")
        if kind == live.FOLLOW_LOGS:
            try:
                since = since_ms(content.get("since"))
            except UploadRefused as e:
                await self.send_json({"type": live.SOCKET_ERROR, "message": str(e)})
                return
            if self.follower:
                self.follower.cancel()
            self.follower = asyncio.create_task(self.follow_logs(since))
        elif kind == live.ASK_HISTORY:
            await self.send_history()

    async def follow_logs(self, since):
        while True:
            try:
                # Redis only, off the thread that runs the views: a deployment installing
                # packages there must not hold back its own log
                entries = await sync_to_async(running.logs, thread_sensitive=False)(self.project, since_ms=since)
            except running.ExecutorUnavailable as e:
                await self.send_json({"type": live.SOCKET_LOGS_UNAVAILABLE, "message": str(e)})
                return
            if entries:
                since = max(e["ts"] for e in entries) + 1
                await self.send_json({"type": live.SOCKET_LOGS, "entries": entries})
            await asyncio.sleep(LOG_POLL_SECONDS)

    async def send_history(self):
        try:
            history = await database_sync_to_async(running.history)(self.project)
        except running.ExecutorUnavailable as e:
            await self.send_json({"type": live.SOCKET_HISTORY_UNAVAILABLE, "message": str(e)})
            return
        await self.send_json({"type": live.SOCKET_HISTORY, **history})

    async def flx_placement(self, event):
        await self.send_json({"type": live.SOCKET_PLACEMENT, "reason": event.get("reason"), "move": event.get("move")})

    async def flx_metrics(self, event):
        await self.send_json({"type": live.SOCKET_METRICS, "frame": event["frame"]})

    async def flx_event(self, event):
        await self.send_json({"type": live.SOCKET_EVENT, "event": event["event"]})

    async def flx_load(self, event):
        await self.send_json({"type": live.SOCKET_LOAD, "run": event.get("run"),
                              **{k: event[k] for k in ("second", "summary") if k in event}})
