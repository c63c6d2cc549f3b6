"""The web process's defaults are fit for production (issue 12, item 11)."""
import os
import stat
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest
import redis
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]


def settings_in_subprocess(expr, tmp_path, **env):
    """`expr` evaluated on a fresh import of the settings, with a run directory of its own."""
    base = {k: v for k, v in os.environ.items() if k not in ("DJANGO_DEBUG", "REDIS_URL", "LIQUEFY_DB")}
    base.update({"LIQUEFY_RUN_DIR": str(tmp_path / "run"), "PYTHONPATH": str(ROOT),
                 "DJANGO_SETTINGS_MODULE": "config.settings"}, **env)
    code = f"import django; django.setup(); from django.conf import settings; print({expr})"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=base, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_debug_is_off_unless_asked_for(tmp_path):
    assert settings_in_subprocess("settings.DEBUG", tmp_path) == "False"
    assert settings_in_subprocess("settings.DEBUG", tmp_path, DJANGO_DEBUG="1") == "True"


def test_the_secret_key_and_the_database_are_their_owners_only(tmp_path):
    settings_in_subprocess("settings.SECRET_KEY[:0]", tmp_path)
    run = tmp_path / "run"
    assert stat.S_IMODE(run.stat().st_mode) == 0o700
    for name in ("secret_key", "db.sqlite3"):
        assert stat.S_IMODE((run / name).stat().st_mode) == 0o600, name


def test_manage_check_deploy_is_clean_in_production_settings(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_DEBUG"}
    env.update({"DJANGO_SETTINGS_MODULE": "config.production", "LIQUEFY_RUN_DIR": str(tmp_path),
                "LIQUEFY_IDE_HOST": "ide.example.org", "LIQUEFY_SERVICE_HOST": "apps.example.org"})
    done = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], cwd=ROOT,
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("password", ["password", "12345678", "abc", "grace-hopper-1"])
def test_weak_passwords_are_refused_at_sign_up(password):
    answer = Client(HTTP_HOST="localhost").post("/signup/", {"username": "grace-hopper", "password1": password,
                                                             "password2": password})
    assert answer.status_code == 200 and answer.context["form"].errors


@pytest.mark.django_db
def test_logins_are_throttled(django_user_model, settings):
    django_user_model.objects.create_user("ada", password="analytical-engine-1843")
    browser = Client(HTTP_HOST="localhost")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        browser.post("/login/", {"username": "ada", "password": "guess"})
    locked = browser.post("/login/", {"username": "ada", "password": "analytical-engine-1843"})
    assert locked.status_code in (403, 429)
    assert "_auth_user_id" not in browser.session
    other = Client(HTTP_HOST="localhost", REMOTE_ADDR="10.9.8.7")  # another address is not locked out
    assert other.post("/login/", {"username": "ada", "password": "analytical-engine-1843"}).status_code == 302


def test_the_redis_liquefy_starts_wants_a_password_and_has_a_memory_limit():
    url = os.environ["REDIS_URL"]  # the session's, started like make run's (executor/redis_server.py)
    parsed = urlparse(url)
    assert parsed.password
    with pytest.raises(redis.exceptions.AuthenticationError):
        redis.Redis(host=parsed.hostname, port=parsed.port).ping()
    r = redis.Redis.from_url(url, decode_responses=True)
    assert int(r.config_get("maxmemory")["maxmemory"]) > 0
    assert r.config_get("maxmemory-policy")["maxmemory-policy"] == "noeviction"
