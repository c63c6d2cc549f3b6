"""The Node.js side of the differential tests, checked on its own: every service
of tests/services answers all its requests under real Node.js + Express, and a
second run from a fresh start gives the same comparable answers."""
import pytest
import redis

from tests.support.nodejs import Response, comparable, load_requests, needs_redis, run_service, services

SERVICES = services()
REQUEST_KEYS = {"method", "path", "headers", "json", "raw", "delay_ms", "hold"}


def fresh_redis(service_dir, url):
    """The Redis URL for the service, emptied first; None if it uses no Redis."""
    if not needs_redis(service_dir):
        return None
    redis.Redis.from_url(url).flushdb()
    return url


def test_comparable_keeps_status_body_media_type_charset_location_and_x_headers():
    answer = Response(302, "Text/Plain; Charset=UTF-8", "Found", {
        "content-type": "Text/Plain; Charset=UTF-8", "location": "/new", "vary": "Accept", "x-trace": "a, b"})
    assert comparable(answer) == {"status": 302, "body": "Found", "media_type": "text/plain", "charset": "utf-8",
                                  "headers": {"location": "/new", "x-trace": "a, b"}}
    assert comparable(Response(204, "", "", {}))["media_type"] == ""


def test_there_are_enough_services():
    assert len(SERVICES) >= 24


@pytest.mark.parametrize("service_dir", SERVICES, ids=lambda p: p.name)
def test_requests_are_well_formed(service_dir):
    requests = load_requests(service_dir)
    assert requests
    for r in requests:
        assert set(r) <= REQUEST_KEYS and r["method"].isupper() and r["path"].startswith("/"), r
        assert not ("json" in r and "raw" in r), r


@pytest.mark.parametrize("service_dir", SERVICES, ids=lambda p: p.name)
def test_node_answers_the_same_twice(service_dir, redis_url):
    requests = load_requests(service_dir)
    first = run_service(service_dir, fresh_redis(service_dir, redis_url))
    second = run_service(service_dir, fresh_redis(service_dir, redis_url))
    assert len(first) == len(second) == len(requests)
    for r, a, b in zip(requests, first, second):
        assert comparable(a) == comparable(b), f"{r['method']} {r['path']} answered differently"
    if needs_redis(service_dir):
        keys = redis.Redis.from_url(redis_url).keys()  # what the last run left
        assert all(k.decode().startswith(service_dir.name + ":") for k in keys), keys


@pytest.mark.parametrize("service_dir", [s for s in SERVICES if (s / "package.json").exists()], ids=lambda p: p.name)
def test_package_services_pin_the_versions_the_node_side_installs(service_dir):
    """Both sides run tests/node/node_modules: a service's package.json must ask for exactly those versions, or
    for a caret or tilde range whose lowest version is the one installed (`"lodash": "^4.17.21"`, as npm writes
    it). One written for Express 5 asks for a range of 5.x, which the Node.js side runs as its `express5` alias; one
    asking for node-redis 4 gets the `redis4` alias."""
    import json
    from executor.packages import express_major
    from tests.support.nodejs import NODE_MODULES
    manifest = json.loads((service_dir / "package.json").read_text())
    wanted = dict(manifest.get("dependencies", {}))
    node_side = json.loads((NODE_MODULES.parent / "package.json").read_text())["dependencies"]
    if express_major(manifest) == 5:
        del wanted["express"]
        assert node_side["express5"].startswith("npm:express@5.")
        assert json.loads((NODE_MODULES / "express5" / "package.json").read_text())["version"].startswith("5.")
    if str(wanted.get("redis", "")).lstrip("^~").startswith("4."):  # node-redis 4: the `redis4` alias (nodejs.py)
        assert node_side["redis4"] == "npm:redis@" + wanted.pop("redis").lstrip("^~")
    wanted = {name: version.lstrip("^~") for name, version in wanted.items()}
    assert {name: node_side.get(name) for name in wanted} == wanted
    for name, version in wanted.items():
        assert json.loads((NODE_MODULES / name / "package.json").read_text())["version"] == version
