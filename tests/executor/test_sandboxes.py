"""A node's isolate processes, one per project, the least recently used closed first."""
import pytest

from executor.sandbox import Sandboxes


@pytest.fixture
def boxes():
    made = Sandboxes("n1", 1000, 64, 256, limit=2, budget_mb=10_000)
    yield made
    made.close()


def test_one_process_per_project(boxes):
    a, b = boxes.get("a"), boxes.get("b")
    a.ensure_running()
    b.ensure_running()
    assert a is boxes.get("a") and a.proc.pid != b.proc.pid


def test_the_least_recently_used_goes_first(boxes):
    for slug in ("a", "b"):
        boxes.get(slug).ensure_running()
    boxes.get("a")  # used again: b is now the oldest
    b = boxes.by_slug["b"]
    boxes.get("c")
    assert list(boxes.by_slug) == ["a", "c"] and not b.alive()


def test_memory_budget(boxes):
    boxes.limit, boxes.budget_mb = 10, 1  # any running process is over 1 MB
    boxes.get("a").ensure_running()
    boxes.get("b")
    assert list(boxes.by_slug) == ["b"]
