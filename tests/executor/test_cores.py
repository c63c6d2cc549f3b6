"""A short call into V8 runs on the caller's CPU; a long one gets every CPU back (executor/cores.py).

What is short is SHORT_CALL_S, set here far from the calls' own times (a busy machine stretches them)."""
import os

import pytest

from executor import cores, protocol
from executor.deploy import build
from executor.isolate import V8
from executor.sandbox import Sandbox

pytestmark = pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2 or not cores.ENABLED,
                                reason="one CPU, or sharing a core turned off")

BUSY_JS = "(() => { const end = Date.now() + %d; let x = 0; while (Date.now() < end) x++; return 1; })()"


def cpu_ticks(tid):
    fields = open(f"/proc/self/task/{tid}/stat").read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


@pytest.fixture(scope="module")
def v8():
    ctx = V8(64 * 2 ** 20)
    yield ctx
    ctx.close()


def test_the_thread_followed_is_the_one_running_javascript(v8):
    tids = os.listdir("/proc/self/task")
    before = {tid: cpu_ticks(tid) for tid in tids}
    v8.eval(BUSY_JS % 300, 5)
    grew = {tid: cpu_ticks(tid) - ticks for tid, ticks in before.items() if os.path.exists(f"/proc/self/task/{tid}")}
    assert v8.follower.tid is not None
    assert max(grew, key=grew.get) == str(v8.follower.tid), grew


def test_a_short_call_ties_v8s_thread_to_one_cpu(v8, monkeypatch):
    monkeypatch.setattr(cores, "SHORT_CALL_S", 5)
    v8.eval("1 + 1", 1)
    assert len(os.sched_getaffinity(v8.follower.tid)) == 1


def test_a_long_call_gives_v8s_thread_every_cpu_back(v8, monkeypatch):
    monkeypatch.setattr(cores, "SHORT_CALL_S", 0.01)
    v8.eval(BUSY_JS % 300, 5)
    assert os.sched_getaffinity(v8.follower.tid) == os.sched_getaffinity(0)


def test_a_node_runs_its_sandbox_on_its_cpu_for_a_short_call_only(monkeypatch):
    _, bundle, files = build("cores", {"app.js": b"require('express')().listen(3000);"})
    box = Sandbox("test-cores", time_limit_ms=2000, heap_limit_mb=64, memory_mb=512)
    try:
        box.start()
        monkeypatch.setattr(cores, "SHORT_CALL_S", 5)
        box.call({"op": protocol.DROP, "slug": "cores"}, 5)  # nothing to drop: answered at once
        assert len(os.sched_getaffinity(box.proc.pid)) == 1
        monkeypatch.setattr(cores, "SHORT_CALL_S", 0.001)
        box.call({"op": protocol.LOAD, "slug": "cores", "version": 1, "bundle": bundle, "snapshot": None,
                  "files": files, "files_version": 1, "local": []}, 60)  # loading V8 and the runtime: long
        assert os.sched_getaffinity(box.proc.pid) == os.sched_getaffinity(0)
        monkeypatch.setattr(cores, "SHORT_CALL_S", 5)
        box.call({"op": protocol.DROP, "slug": "cores"}, 5)
        assert len(os.sched_getaffinity(box.proc.pid)) == 1
    finally:
        box.close()
