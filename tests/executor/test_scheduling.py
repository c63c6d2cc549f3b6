"""The order a node serves its queues in (executor/scheduling.py)."""
from executor.scheduling import CREDIT_MS, FairQueues

QUEUES = {"busy": ["busy:a", "busy:b"], "quiet": ["quiet:http"]}


def serve_first(fair, queues, ms=10.0):
    """Serves the first queue of the order (as if every queue had work); returns it."""
    queue = fair.order(queues)[0]
    fair.served(queue.split(":")[0], queue, ms, queues)
    return queue


def test_projects_take_turns_whatever_their_names():
    fair = FairQueues()
    served = [serve_first(fair, QUEUES) for _ in range(6)]
    assert [q.split(":")[0] for q in served] == ["busy", "quiet"] * 3


def test_a_projects_units_take_turns():
    fair = FairQueues()
    served = [serve_first(fair, {"busy": QUEUES["busy"]}) for _ in range(4)]
    assert served == ["busy:a", "busy:b", "busy:a", "busy:b"]


def test_turns_follow_the_time_used_not_the_count():
    fair = FairQueues()
    fair.served("busy", "busy:a", 100.0, QUEUES)  # one long message
    served = [serve_first(fair, QUEUES, ms=10.0) for _ in range(10)]
    assert served.count("quiet:http") >= 9


def test_an_idle_project_cannot_save_up_its_turns():
    fair = FairQueues()
    for _ in range(100):
        fair.served("busy", "busy:a", 50.0, QUEUES)
    fair.order(QUEUES)
    assert fair.used_ms["busy"] - fair.used_ms["quiet"] == CREDIT_MS


def test_projects_gone_are_forgotten():
    fair = FairQueues()
    serve_first(fair, QUEUES)
    fair.forget({"quiet": []})
    assert set(fair.used_ms) <= {"quiet"}
