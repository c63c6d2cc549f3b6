"""Keeps a deployed service's responses as the service wrote them.

Django's security middlewares add headers (X-Frame-Options, nosniff,
Referrer-Policy, ...) to every response; on the gateway's responses they
would make a service answer differently from Node.js. This middleware is the
outermost one, so it sees the gateway's responses last and removes what the
service did not set.
"""
from asgiref.sync import iscoroutinefunction, markcoroutinefunction


def strip_added_headers(response):
    kept = getattr(response, "service_headers", None)
    if kept is None:
        return response
    for name in list(response.headers):
        if name.lower() not in kept and name.lower() not in ("content-length",):
            del response.headers[name]
    return response


def service_response_headers(get_response):
    if iscoroutinefunction(get_response):
        async def middleware(request):
            return strip_added_headers(await get_response(request))
        markcoroutinefunction(middleware)
    else:
        def middleware(request):
            return strip_added_headers(get_response(request))
    return middleware


service_response_headers.async_capable = True
service_response_headers.sync_capable = True
