"""A pytest plugin: one private Redis server for the session, Django pointed at it.

Loaded with `-p tests.session_redis` (pytest.ini), so before pytest-django
reads the settings: every part of the suite (the IDE, the gateway, the nodes
started by tests) uses this Redis and a temporary run directory, never the
developer's.
"""
import atexit
import os
import shutil
import tempfile

from executor import redis_server
from tests.support.ports import free_port

RUN_DIR = tempfile.mkdtemp(prefix="liquefy-tests-")
REDIS_PORT = free_port()
_redis, _origin, _url = redis_server.start(REDIS_PORT, os.path.join(RUN_DIR, "redis"))

os.environ["REDIS_URL"] = _url
os.environ["LIQUEFY_RUN_DIR"] = RUN_DIR
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["LIQUEFY_VERIFY"] = "1"  # verify mode on every node a test starts (docs/executor.md)


@atexit.register
def _stop_redis():
    _redis.terminate()
    try:
        _redis.wait(timeout=5)
    except Exception:  # noqa: BLE001
        _redis.kill()
    shutil.rmtree(RUN_DIR, ignore_errors=True)
