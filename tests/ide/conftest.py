"""Fixtures of the IDE's tests: users, projects, an in-memory channel layer and an in-memory executor."""
import os
import sys

from .helpers import PASSWORD, ROOT, corpus_files

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

import pytest  # noqa: E402

from ide import services  # noqa: E402

from .fake_executor import FakeExecutor  # noqa: E402


@pytest.fixture(autouse=True)
def memory_channel_layer(settings):
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def alice(django_user_model):
    return django_user_model.objects.create_user("alice", password=PASSWORD)


@pytest.fixture
def bob(django_user_model):
    return django_user_model.objects.create_user("bob", password=PASSWORD)


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(bob):
    from django.test import Client
    c = Client()
    c.force_login(bob)
    return c


@pytest.fixture
def project(alice):
    """Alice's project `readfile`: a route reading a data file (a post stream carrying res, who)."""
    return services.create_project(alice, "readfile", "Read a file", corpus_files("readfile"))


@pytest.fixture
def executor(monkeypatch):
    """executor.api replaced by an in-memory twin."""
    fake = FakeExecutor()
    fake.install(monkeypatch)
    return fake


@pytest.fixture
def executor_missing(monkeypatch):
    """executor.api as it is until it is written: every call raises NotImplementedError."""
    fake = FakeExecutor(missing=True)
    fake.install(monkeypatch)
    return fake


def pytest_configure(config):
    config.addinivalue_line("markers", "executor: needs a running executor (Redis and live nodes)")
