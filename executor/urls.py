from django.urls import path, re_path

from .gateway import gateway

urlpatterns = [
    re_path(r"^(?P<slug>[a-z0-9][a-z0-9-]*)/(?P<path>.*)$", gateway, name="gateway"),
    path("<slug:slug>", gateway, name="gateway-root"),
]
