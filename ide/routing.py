"""WebSocket routes of the IDE."""
websocket_urlpatterns = []
