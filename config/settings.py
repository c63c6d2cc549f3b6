"""Liquefy settings. Everything that varies between machines comes from the environment.

These are fit for one machine; config/production.py adds what a public site needs (HTTPS).
"""
import os
from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from executor.redis_client import cluster_url, is_cluster
from executor.redis_server import default_url

BASE_DIR = Path(__file__).resolve().parent.parent
RUN_DIR = Path(os.environ.get("LIQUEFY_RUN_DIR", BASE_DIR / ".run"))
RUN_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
RUN_DIR.chmod(0o700)  # the secret key, the database, Redis's password and data


def _private_file(path):
    """`path`, readable by its owner only (created empty when missing)."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)
    return path


def _secret_key():
    if os.environ.get("DJANGO_SECRET_KEY"):
        return os.environ["DJANGO_SECRET_KEY"]
    path = _private_file(RUN_DIR / "secret_key")
    if not path.read_text().strip():
        import secrets
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


# -- core ---------------------------------------------------------------------
SECRET_KEY = _secret_key()
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
# The IDE and the services answer on two hosts, so that a service never shares the
# IDE's origin or sees its cookies (executor/origins.py). The *_ORIGIN settings give
# the public origins when a proxy stands in front; unset, they follow the request's port.
LIQUEFY_IDE_HOST = os.environ.get("LIQUEFY_IDE_HOST", "localhost")
LIQUEFY_SERVICE_HOST = os.environ.get("LIQUEFY_SERVICE_HOST", "127.0.0.1")
LIQUEFY_IDE_ORIGIN = os.environ.get("LIQUEFY_IDE_ORIGIN", "")
LIQUEFY_SERVICE_ORIGIN = os.environ.get("LIQUEFY_SERVICE_ORIGIN", "")
ALLOWED_HOSTS = [LIQUEFY_IDE_HOST, LIQUEFY_SERVICE_HOST] + [
    h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h]
ROOT_URLCONF = "config.urls"
ASGI_APPLICATION = "config.asgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "channels",
    "axes",
    "ide",
    "executor",
]

MIDDLEWARE = [
    "executor.origins.separate_origins",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
    ]},
}]

# -- storage ------------------------------------------------------------------
DATABASES = {"default": {
    "ENGINE": "django.db.backends.sqlite3",
    "NAME": str(_private_file(Path(os.environ.get("LIQUEFY_DB", RUN_DIR / "db.sqlite3")))),
    "OPTIONS": {"timeout": 20},
}}
# the Redis `make run` starts has a password, kept in RUN_DIR/redis (executor/redis_server.py)
REDIS_URL = os.environ.get("REDIS_URL") or default_url(RUN_DIR / "redis")
if os.environ.get("LIQUEFY_REDIS_CLUSTER") == "1":
    REDIS_URL = cluster_url(REDIS_URL)
# The executor's state may be on a Redis Cluster (REDIS_URL `redis+cluster://...`, or
# LIQUEFY_REDIS_CLUSTER=1; executor/redis_client.py). Celery's broker and results and the
# Channels layer need one plain Redis server: LIQUEFY_BROKER_URL (by default REDIS_URL).
BROKER_REDIS_URL = os.environ.get("LIQUEFY_BROKER_URL") or REDIS_URL
if is_cluster(BROKER_REDIS_URL):
    raise ImproperlyConfigured("REDIS_URL names a Redis Cluster: Celery and Channels need a plain Redis server "
                               "as well, named by LIQUEFY_BROKER_URL (docs/deployment.md)")

# -- auth ---------------------------------------------------------------------
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
# Host-only cookies (no Domain) with names no service uses: the gateway never
# forwards them and never lets a service set them. The page reads the CSRF token
# from a <meta> tag, so no script needs either cookie.
SESSION_COOKIE_NAME = "liquefy_session"
CSRF_COOKIE_NAME = "liquefy_csrftoken"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Strict"
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"  # no cookie of its own
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Login throttling (django-axes): after LIQUEFY_LOGIN_FAILURES failed logins for one
# username from one address, that pair is locked out for LIQUEFY_LOGIN_COOLOFF_MIN minutes.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("LIQUEFY_LOGIN_FAILURES", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LIQUEFY_LOGIN_COOLOFF_MIN", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

# -- static files -------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = RUN_DIR / "static"

# -- realtime (Channels) ------------------------------------------------------
CHANNEL_LAYERS = {"default": {
    "BACKEND": "channels_redis.core.RedisChannelLayer",
    # the layer blocks 5 s on BZPOPMIN: redis-py's default 5 s read timeout would cut it
    "CONFIG": {"hosts": [{"address": BROKER_REDIS_URL, "socket_timeout": None}]},
}}

# -- executor (Celery nodes) --------------------------------------------------
CELERY_BROKER_URL = BROKER_REDIS_URL
CELERY_RESULT_BACKEND = BROKER_REDIS_URL
CELERY_TASK_SERIALIZER = "json"
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
LIQUEFY_GATEWAY_TIMEOUT_MS = int(os.environ.get("LIQUEFY_GATEWAY_TIMEOUT_MS", "10000"))
LIQUEFY_MESSAGE_TIME_LIMIT_MS = int(os.environ.get("LIQUEFY_MESSAGE_TIME_LIMIT_MS", "1000"))
LIQUEFY_HEAP_LIMIT_MB = int(os.environ.get("LIQUEFY_HEAP_LIMIT_MB", "128"))
# each project's isolate process on a node: its memory cgroup, typed arrays included
# (executor/confinement.py); how many a node keeps and how much memory they may take
# together before the least recently used is closed
LIQUEFY_SANDBOX_MEMORY_MB = int(os.environ.get("LIQUEFY_SANDBOX_MEMORY_MB", str(3 * LIQUEFY_HEAP_LIMIT_MB + 256)))
LIQUEFY_NODE_SANDBOXES = int(os.environ.get("LIQUEFY_NODE_SANDBOXES", "16"))
LIQUEFY_NODE_SANDBOXES_MB = int(os.environ.get("LIQUEFY_NODE_SANDBOXES_MB", "4096"))
LIQUEFY_KV_QUOTA_MB = int(os.environ.get("LIQUEFY_KV_QUOTA_MB", "64"))  # a project's own Redis data
LIQUEFY_LOAD_RUNS_PER_USER = int(os.environ.get("LIQUEFY_LOAD_RUNS_PER_USER", "2"))  # load generator runs at once
LIQUEFY_QUEUE_LIMIT = int(os.environ.get("LIQUEFY_QUEUE_LIMIT", "1000"))  # requests in flight per project: more get 503
# messages waiting in one unit's queue: the newest past it are failed, each with an error
LIQUEFY_UNIT_QUEUE_LIMIT = int(os.environ.get("LIQUEFY_UNIT_QUEUE_LIMIT", "10000"))
LIQUEFY_METRICS = os.environ.get("LIQUEFY_METRICS", "1") != "0"
# Verify mode (docs/executor.md): 1 checks every project's stateless messages (the tests set it);
# otherwise only projects deployed with it on. Its digest's caps, per message:
LIQUEFY_VERIFY = os.environ.get("LIQUEFY_VERIFY", "0") == "1"
LIQUEFY_VERIFY_MAX_VALUES = int(os.environ.get("LIQUEFY_VERIFY_MAX_VALUES", "50000"))
LIQUEFY_VERIFY_MAX_DEPTH = int(os.environ.get("LIQUEFY_VERIFY_MAX_DEPTH", "32"))

# -- uploads ------------------------------------------------------------------
DATA_UPLOAD_MAX_MEMORY_SIZE = 4 * 1024 * 1024
# any request's body, refused with 413 before Django reads it (executor/body_limit.py)
LIQUEFY_MAX_REQUEST_BYTES = int(os.environ.get("LIQUEFY_MAX_REQUEST_BYTES", str(8 * 1024 * 1024)))
# a .js or .zip upload (within LIQUEFY_MAX_REQUEST_BYTES, the whole request), the service's own
# files in it; its node_modules/ has the packages' limits (docs/packages.md)
LIQUEFY_MAX_UPLOAD_BYTES = int(os.environ.get("LIQUEFY_MAX_UPLOAD_BYTES", str(7 * 1024 * 1024)))
LIQUEFY_MAX_UNZIPPED_BYTES = int(os.environ.get("LIQUEFY_MAX_UNZIPPED_BYTES", str(8 * 1024 * 1024)))
LIQUEFY_MAX_FILES = int(os.environ.get("LIQUEFY_MAX_FILES", "200"))
LIQUEFY_PACKAGES_MAX_BYTES = int(os.environ.get("LIQUEFY_PACKAGES_MAX_BYTES", str(48 * 2 ** 20)))
LIQUEFY_PACKAGES_MAX_FILES = int(os.environ.get("LIQUEFY_PACKAGES_MAX_FILES", "20000"))
# the node_modules/ of uploads, one zip per content (ide/package_store.py)
LIQUEFY_PACKAGE_STORE = Path(os.environ.get("LIQUEFY_PACKAGE_STORE", RUN_DIR / "uploaded-packages"))

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LIQUEFY_LOG_LEVEL", "WARNING")},
    # a deployed service's 404s are its answers, not the IDE's warnings
    "loggers": {"django.request": {"level": "ERROR"}},
}

# -- analysis limits (issue 12, item 7; docs/security.md) -------------------------
# The analyzer and Graphviz run in worker processes (ide/analysis_pool.py), not in the web process.
LIQUEFY_ANALYSIS_WORKERS = int(os.environ.get("LIQUEFY_ANALYSIS_WORKERS", "2"))
LIQUEFY_ANALYSIS_TIME_LIMIT_S = float(os.environ.get("LIQUEFY_ANALYSIS_TIME_LIMIT_S", "10"))
LIQUEFY_ANALYSIS_QUEUE_WAIT_S = float(os.environ.get("LIQUEFY_ANALYSIS_QUEUE_WAIT_S", "5"))
LIQUEFY_ANALYSIS_MEMORY_MB = int(os.environ.get("LIQUEFY_ANALYSIS_MEMORY_MB", "1024"))  # per worker (address space; 512 at least)
LIQUEFY_ANALYSIS_MAX_CHARS = int(os.environ.get("LIQUEFY_ANALYSIS_MAX_CHARS", "2000000"))  # a project's text
LIQUEFY_PLAYGROUND_MAX_CHARS = int(os.environ.get("LIQUEFY_PLAYGROUND_MAX_CHARS", "100000"))
# Per client address (REMOTE_ADDR), counted in Django's cache (per process unless CACHES is shared).
LIQUEFY_PLAYGROUND_ANALYSES_PER_MINUTE = int(os.environ.get("LIQUEFY_PLAYGROUND_ANALYSES_PER_MINUTE", "60"))
