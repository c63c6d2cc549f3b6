"""Settings for a public site: behind HTTPS, on host names of its own.

    DJANGO_SETTINGS_MODULE=config.production
    LIQUEFY_IDE_HOST=ide.example.org LIQUEFY_SERVICE_HOST=apps.example.org
    DJANGO_SECRET_KEY=...  (or the generated one in LIQUEFY_RUN_DIR)

`manage.py check --deploy` passes with these (tests/security/test_web_defaults.py).
The two hosts must not be one a parent domain of the other's cookies: the
`__Host-` cookie prefix below makes browsers refuse an IDE cookie with a Domain.
"""
from .settings import *  # noqa: F401,F403

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 365 * 24 * 3600
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-liquefy_session"
CSRF_COOKIE_NAME = "__Host-liquefy_csrftoken"
