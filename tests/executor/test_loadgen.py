"""The load generator's own bounds and its cancel (executor/loadgen.py), against the session's Redis."""
import asyncio

import pytest

from executor.loadgen import MAX_REQUESTS, Plan, run_plan


def test_a_cancelled_run_ends_within_a_second():
    """Requests to a project that does not exist answer 404 at once: the run is all gateway."""
    plan = Plan([{"method": "GET", "path": "/"}], rate=20, duration_s=30)
    seconds = []
    summary, _ = asyncio.run(run_plan("no-such-project", plan, lambda i, t: seconds.append(i),
                                      cancelled=lambda: len(seconds) >= 2))
    assert 0 < summary["sent"] < plan.rate * plan.duration_s / 2, "it stopped long before its end"
    assert summary["status"] == {"404": summary["sent"]}


def test_a_plan_past_the_volume_bounds_is_refused():
    with pytest.raises(ValueError, match=f"{MAX_REQUESTS} at most"):
        Plan([{"path": "/"}], rate=1000, duration_s=600)
    with pytest.raises(ValueError, match="routes a run"):
        Plan([{"path": f"/{i}"} for i in range(51)], rate=1, duration_s=1)
