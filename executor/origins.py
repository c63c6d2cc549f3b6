"""The IDE and the services on separate origins.

A service is its author's code, and anybody may open a link to it. A browser
sends a host's cookies to every port and path of that host, and lets a page
script every page of its own origin. Were a service served from the IDE's
host, its code would receive a visitor's IDE session cookie, could set the
IDE's cookies, and could serve a page whose script calls the visitor's IDE API.
So:

- the IDE answers only on its host (`LIQUEFY_IDE_HOST`, default `localhost`);
  `/svc/...` asked there is redirected to the services' host, unforwarded;
- services answer only on theirs (`LIQUEFY_SERVICE_HOST`, default `127.0.0.1`);
  any other path asked there is redirected to the IDE;
- the IDE's cookies are host-only (no Domain attribute) and have names of
  their own, which the gateway never forwards and never lets a service set;
- a service's Set-Cookie whose Domain would reach the IDE's host is refused.
"""
from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.conf import settings
from django.core.checks import Error, register
from django.http import HttpResponseRedirect
from django.http.request import split_domain_port

SERVICE_PREFIX = "/svc/"
def request_port(request):
    _, port = split_domain_port(request.get_host())
    return port


def origin(scheme, port, host):
    """`scheme://host[:port]`, the port left out when it is the scheme's own."""
    default = {"http": "80", "https": "443"}.get(scheme)
    return f"{scheme}://{host}" + (f":{port}" if port and str(port) != default else "")


def service_origin(request):
    return settings.LIQUEFY_SERVICE_ORIGIN or origin(request.scheme, request_port(request),
                                                     settings.LIQUEFY_SERVICE_HOST)


def ide_origin(scheme, port):
    return settings.LIQUEFY_IDE_ORIGIN or origin(scheme, port, settings.LIQUEFY_IDE_HOST)


def is_service_path(path):
    return path.startswith(SERVICE_PREFIX) or path == SERVICE_PREFIX.rstrip("/")


def ide_cookie_names():
    return {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME}


def redirect(to_origin, request):
    # 307 keeps the method and body of a POST
    return HttpResponseRedirect(to_origin + request.get_full_path(), status=307)


def misdirected(request):
    """A service's path asked on the IDE's host: a redirect to the services' host, never
    forwarded. (Django never sees the services' host: executor/service_app.py answers it,
    and sends any other path there to the IDE's.)"""
    if is_service_path(request.path):
        return redirect(service_origin(request), request)
    return None


def separate_origins(get_response):
    """The outermost middleware: the IDE's host serves the IDE only."""
    if iscoroutinefunction(get_response):
        async def middleware(request):
            return misdirected(request) or await get_response(request)
        markcoroutinefunction(middleware)
    else:
        def middleware(request):
            return misdirected(request) or get_response(request)
    return middleware


separate_origins.async_capable = True
separate_origins.sync_capable = True


# -- what a service may not send --------------------------------------------------

def cookie_refusal(set_cookie):
    """Why a service's Set-Cookie header is refused, or None when it only concerns the service."""
    name, _, rest = set_cookie.partition("=")
    name = name.strip()
    if name in ide_cookie_names():
        return f"the cookie name {name!r} is the IDE's"
    for attribute in rest.split(";")[1:]:
        key, _, value = attribute.strip().partition("=")
        if key.strip().lower() == "domain" and domain_matches(settings.LIQUEFY_IDE_HOST, value.strip()):
            return f"Domain={value.strip()} would reach the IDE's host {settings.LIQUEFY_IDE_HOST}"
    return None


def domain_matches(host, domain):
    """RFC 6265 domain matching: a cookie for `domain` is sent to `host`."""
    host, domain = host.lower(), domain.lower().lstrip(".")
    return host == domain or host.endswith("." + domain)


def forwarded_cookie_header(value):
    """The Cookie header without the IDE's cookies (which a browser never sends to the
    services' host; this guards against a misconfigured cookie domain too)."""
    names = ide_cookie_names()
    kept = [pair for pair in value.split(";") if pair.strip().partition("=")[0].strip() not in names]
    return ";".join(kept).strip()


# -- configuration that would undo the separation -----------------------------------

@register()
def check_origins(app_configs, **kwargs):
    ide, service = settings.LIQUEFY_IDE_HOST, settings.LIQUEFY_SERVICE_HOST
    errors = []
    if not ide or not service or ide.lower() == service.lower():
        errors.append(Error(f"LIQUEFY_IDE_HOST ({ide!r}) and LIQUEFY_SERVICE_HOST ({service!r}) must be two "
                            "different hosts: services must not share the IDE's origin", id="liquefy.E001"))
    for name in ("SESSION_COOKIE_DOMAIN", "CSRF_COOKIE_DOMAIN"):
        domain = getattr(settings, name)
        if domain and domain_matches(service, domain):
            errors.append(Error(f"{name}={domain!r} sends the IDE's cookies to the services' host {service}",
                                id="liquefy.E002"))
    return errors
