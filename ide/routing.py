"""WebSocket routes of the IDE."""
from django.urls import path

from .consumers import ProjectConsumer

websocket_urlpatterns = [
    path("ws/projects/<slug:slug>/", ProjectConsumer.as_asgi()),
]
