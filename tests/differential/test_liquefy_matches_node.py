"""Every test service answers under Liquefy exactly as under Node.js + Express.

Each service runs twice from a fresh start: under real Node.js 20 + Express 4,
and deployed on a live Liquefy (two Celery worker nodes, real Redis, the
uvicorn gateway). Both get the same requests, one after the other; the
comparable parts of the answers (status, body, media type, charset, Location,
x-* headers) must be equal.
"""
import pytest
import redis

from tests.support.nodejs import (SERVICES, comparable, load_requests, needs_redis, replay, run_service, services,
                                  with_known_gaps)
from tests.support.stack import LiquefyStack, answer_label

pytestmark = pytest.mark.executor


@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=["diff1", "diff2"]) as s:
        yield s


def liquefy_answers(stack, slug, service_dir):
    answers = replay(stack.url(slug, ""), load_requests(service_dir))
    wrote = [e["message"] for e in stack.verify_errors(slug)]
    assert not wrote, f"verify mode: units analysed as stateless changed module state: {wrote}"
    return answers


# The fresh-* corpus runs in test_answers_while_moving.py, on two nodes while its units move.
@pytest.mark.parametrize("service_dir", with_known_gaps(s for s in services() if not s.name.startswith("fresh-")))
def test_same_answers_as_node(stack, redis_url, service_dir):
    assert_same_answers(stack, redis_url, service_dir, "diff-")


def assert_same_answers(stack, redis_url, service_dir, prefix):
    """The service's answers from Node.js, then from the stack (deployed as `prefix` + its name), equal."""
    redis.Redis.from_url(redis_url).flushdb()
    node = run_service(service_dir, redis_url if needs_redis(service_dir) else None)
    with stack.deployed(prefix + service_dir.name, service_dir, reset=True) as slug:
        liquid = liquefy_answers(stack, slug, service_dir)
        for request, expected, got in zip(load_requests(service_dir), node, liquid):
            assert comparable(got) == comparable(expected), answer_label(slug, request, got)
    assert len(liquid) == len(node)


def test_services_are_found():
    assert len(services()) >= 24 and all((SERVICES / s.name / "requests.json").exists() for s in services())
