"""ws/projects/<slug>/: live events of one project (placement changes, logs), for its owner only."""
import asyncio

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from . import running, services

LOG_POLL_SECONDS = 1.0


class ProjectConsumer(AsyncJsonWebsocketConsumer):
    """Thin: checks ownership, joins the project's group, forwards events, follows logs on demand."""

    async def connect(self):
        slug = self.scope["url_route"]["kwargs"]["slug"]
        self.project = await database_sync_to_async(services.owned_project)(self.scope.get("user"), slug)
        self.follower = None
        if self.project is None:
            await self.close(code=4404)
            return
        self.group = running.group_name(self.project)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        if getattr(self, "follower", None):
            self.follower.cancel()
        if getattr(self, "project", None) is not None:
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content, **kwargs):
        if content.get("type") == "logs.follow":
            if self.follower:
                self.follower.cancel()
            self.follower = asyncio.create_task(self.follow_logs(int(content.get("since") or 0)))

    async def follow_logs(self, since):
        while True:
            try:
                entries = await database_sync_to_async(running.logs)(self.project, since_ms=since)
            except running.ExecutorUnavailable as e:
                await self.send_json({"type": "logs.unavailable", "message": str(e)})
                return
            if entries:
                since = max(e["ts"] for e in entries) + 1
                await self.send_json({"type": "logs", "entries": entries})
            await asyncio.sleep(LOG_POLL_SECONDS)

    async def flx_placement(self, event):
        await self.send_json({"type": "placement", "reason": event.get("reason"), "move": event.get("move")})
