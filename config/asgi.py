import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402  (needs Django set up)
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import OriginValidator  # noqa: E402
from django.conf import settings  # noqa: E402

from executor.body_limit import BodyLimit  # noqa: E402
from executor.service_app import ByHost, service_app  # noqa: E402
from ide.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter({
    # the services' host never reaches Django (executor/service_app.py)
    "http": BodyLimit(ByHost(service_app, django_app), settings.LIQUEFY_MAX_REQUEST_BYTES),
    # only the IDE's pages may open the IDE's sockets: never a service's page (executor/origins.py)
    "websocket": OriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns)),
                                 [h for h in settings.ALLOWED_HOSTS if h != settings.LIQUEFY_SERVICE_HOST]),
})
