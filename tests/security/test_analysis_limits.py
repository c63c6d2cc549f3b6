"""The web process is not a CPU to borrow (issue 12, item 7).

Analysis and Graphviz run in a pool of worker processes (ide/analysis_pool.py) with a time
limit, a size limit and a memory limit; every failure is a JSON 4xx (or 503 when the pool is
busy), never a 500; the anonymous playground is rate-limited per client address.
These tests start real worker processes and real `dot` processes.
"""
import os
import signal
import threading
import time

import httpx
import pytest

from django.test import Client

from ide import analysis_pool
from tests.support.livesite import LiveSite

pytestmark = pytest.mark.django_db


def a_sum(terms):
    return "var x = " + "+".join(["1"] * terms) + ";\n"


def nested(depth):
    return "var x = " + "(" * depth + "1" + ")" * depth + ";\n"


def dense_graph(n=30):
    """n functions each scheduling every other one: n² streams. Graphviz takes over a minute
    to lay out 30 of them (18 KB of code); the analyzer itself needs a tenth of a second."""
    lines = ["var shared = 0;"]
    for i in range(n):
        calls = " ".join(f"setTimeout(f{j}, 1);" for j in range(n) if j != i)
        lines.append(f"function f{i}() {{ shared += {i}; {calls} }}")
    lines.append("setTimeout(f0, 1);")
    return "\n".join(lines) + "\n"


def analyse(client, code, **extra):
    return client.post("/api/analyze", {"code": code}, content_type="application/json", **extra)


@pytest.fixture(autouse=True)
def fresh_pool():
    """Each test starts with a pool of its own (settings may differ) and leaves no worker behind."""
    analysis_pool.reset()
    yield
    analysis_pool.reset()


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    settings.LIQUEFY_PLAYGROUND_ANALYSES_PER_MINUTE = 10_000


def test_a_sum_of_a_thousand_terms_is_analysed(client):
    answer = analyse(client, a_sum(1000))
    assert answer.status_code == 200, answer.content[:300]
    assert [f["id"] for f in answer.json()["graph"]["fluxions"]] == ["main"]


def test_a_sum_too_long_for_the_analyzer_is_a_located_4xx(client):
    answer = analyse(client, a_sum(40_000))  # 80 KB: parsed, then too deep for the later passes
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert "too deeply" in error["message"]
    assert error["file"] == "app.js" and error["line"] == 1


def test_a_deeply_nested_expression_is_a_located_4xx(client):
    answer = analyse(client, nested(20_000))
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert "nested too deeply" in error["message"] and error["line"] == 1


def test_a_syntax_error_is_a_422_at_its_line(client):
    answer = analyse(client, "var a = 1;\nvar b = ;\n")
    assert answer.status_code == 422
    assert answer.json()["error"]["line"] == 2


def test_code_over_the_size_limit_is_refused_before_analysis(client, settings):
    settings.LIQUEFY_PLAYGROUND_MAX_CHARS = 1000
    answer = analyse(client, a_sum(600))
    assert answer.status_code == 413 and "1000 characters" in answer.json()["error"]["message"]


def test_the_playground_takes_a_few_files_only(client):
    answer = client.post("/api/analyze", {"files": {f"f{i}.txt": "" for i in range(1000)}},
                         content_type="application/json")
    assert answer.status_code == 400 and "at most 20 paths" in answer.json()["error"]["message"]


def test_graphviz_over_the_time_limit_is_stopped_and_the_web_process_answers(client, settings):
    settings.LIQUEFY_ANALYSIS_TIME_LIMIT_S = 2
    answer = analyse(client, dense_graph())
    assert answer.status_code == 422
    assert "longer than 2 s" in answer.json()["error"]["message"]
    assert not dot_processes_of(analysis_pool.pool())  # dot was killed, not left running
    assert analyse(client, a_sum(3)).status_code == 200


def test_a_runaway_worker_is_killed_and_replaced(settings):
    settings.LIQUEFY_ANALYSIS_TIME_LIMIT_S = 1
    pool = analysis_pool.pool()
    job = {"files": {"app.js": "var x = 1;"}, "entry": "app.js"}
    assert "graph" in pool.run(job)
    worker = pool.idle_workers()[0]
    os.kill(worker.pid, signal.SIGSTOP)  # a worker that never answers, as a stuck analysis
    result = pool.run(job)
    assert result["error"]["status"] == 422 and "longer than 1 s" in result["error"]["message"]
    assert worker.process.poll() is not None  # killed
    worker = pool.idle_workers()[0]
    os.kill(worker.pid, signal.SIGSTOP)  # one that does not even read a job larger than a pipe holds
    result = pool.run({"files": {"app.js": a_sum(100_000)}, "entry": "app.js"})
    assert result["error"]["status"] == 422 and "longer than 1 s" in result["error"]["message"]
    assert worker.process.poll() is not None  # killed
    assert "graph" in pool.run(job)  # on a new worker


def test_a_worker_that_dies_during_a_job_is_a_4xx_and_is_replaced(settings):
    settings.LIQUEFY_ANALYSIS_WORKERS = 1
    pool = analysis_pool.pool()
    answers = []
    job = threading.Thread(target=lambda: answers.append(pool.run({"files": {"app.js": dense_graph()}})))
    job.start()
    while not pool.busy_workers():
        time.sleep(0.01)
    os.kill(pool.busy_workers()[0].pid, signal.SIGKILL)  # as the kernel's OOM killer would
    job.join()
    assert answers[0]["error"]["status"] == 422
    assert "stopped on this code (signal 9)" in answers[0]["error"]["message"]
    assert "graph" in pool.run({"files": {"app.js": "var x = 1;"}, "entry": "app.js"})


def test_any_exception_in_the_worker_is_an_answer_not_a_crash():
    """No known input makes the analyzer raise anything but ParseError or RecursionError; a job the
    IDE would never send (names as a list) stands in for the next analyzer bug."""
    pool = analysis_pool.pool()
    result = pool.run({"files": {"app.js": "setTimeout(function later() {}, 1);"}, "names": ["not", "a", "map"]})
    assert result["error"]["status"] == 422
    assert "the analyzer failed on this code (AttributeError" in result["error"]["message"]
    assert "graph" in pool.run({"files": {"app.js": "var x = 1;"}})  # the same worker goes on


def test_a_worker_that_died_while_idle_is_replaced_before_the_next_job():
    pool = analysis_pool.pool()
    job = {"files": {"app.js": "var x = 1;"}, "entry": "app.js"}
    assert "graph" in pool.run(job)
    worker = pool.idle_workers()[0]
    worker.process.kill()
    worker.process.wait()
    assert "graph" in pool.run(job)  # not this job's fault: it runs on a new worker
    assert worker not in pool.idle_workers()


def test_a_busy_pool_answers_503_with_retry_after(client, settings):
    settings.LIQUEFY_ANALYSIS_WORKERS = 1
    settings.LIQUEFY_ANALYSIS_TIME_LIMIT_S = 3
    settings.LIQUEFY_ANALYSIS_QUEUE_WAIT_S = 0.2
    pool = analysis_pool.pool()
    slow = threading.Thread(target=pool.run, args=({"files": {"app.js": dense_graph()}, "entry": "app.js"},))
    started = pool.started  # the slow job is on the only worker once it took it
    slow.start()
    while pool.started == started or pool.idle_workers():
        time.sleep(0.01)
    answer = analyse(client, a_sum(3))
    slow.join()
    assert answer.status_code == 503 and answer["Retry-After"]
    assert "busy" in answer.json()["error"]["message"]


def test_the_playground_is_rate_limited_per_client_address(client, settings):
    settings.LIQUEFY_PLAYGROUND_ANALYSES_PER_MINUTE = 3
    for _ in range(3):
        assert analyse(client, "var x = 1;", REMOTE_ADDR="10.0.0.1").status_code == 200
    refused = analyse(client, "var x = 1;", REMOTE_ADDR="10.0.0.1")
    assert refused.status_code == 429 and 0 < int(refused["Retry-After"]) <= 60
    assert "analyses a minute" in refused.json()["error"]["message"]
    assert analyse(client, "var x = 1;", REMOTE_ADDR="10.0.0.2").status_code == 200


def test_the_web_process_keeps_answering_while_graphviz_works():
    """Against the ASGI server: a layout that takes over a minute, and meanwhile pages and small analyses."""
    with LiveSite() as site, httpx.Client(base_url=site.url) as web:
        page = web.get("/playground/")
        token = page.text.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]
        headers = {"X-CSRFToken": token}
        slow = {}
        worker = threading.Thread(target=lambda: slow.setdefault("answer", web.post(
            "/api/analyze", json={"code": dense_graph()}, headers=headers, timeout=120)))
        worker.start()
        assert web.get("/playground/").status_code == 200
        assert web.post("/api/analyze", json={"code": "var x = 1;"}, headers=headers).status_code == 200
        worker.join()
        assert slow["answer"].status_code == 422
        assert "longer than" in slow["answer"].json()["error"]["message"]


def dot_processes_of(pool):
    """The `dot` processes that the pool's workers started and left running."""
    pids = {w.pid for w in pool.idle_workers()}
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/comm") as f:
                name = f.read().strip()
        except OSError:
            continue
        if name == "dot" and int(fields[1]) in pids:  # field 4 of stat: the parent's pid
            found.append(int(entry))
    return found


# -- deployment analyses in the web process only what the pool's worker analysed first --------

@pytest.fixture
def alices_project(django_user_model):
    from ide import services
    alice = django_user_model.objects.create_user("alice-deploys", password="a long password 5")
    client = Client(HTTP_HOST="localhost")
    client.force_login(alice)
    return client, services.create_project(alice, "deep", "deep", {"app.js": b"module.exports = 1;\n"})


@pytest.mark.django_db
def test_a_deploy_of_code_the_analyzer_cannot_follow_is_a_4xx(alices_project, settings, monkeypatch):
    from ide import services
    client, project = alices_project
    services.save_edited(project, {"app.js": nested(20_000)}, "deep")
    answer = client.post("/api/projects/deep/deploy", {}, content_type="application/json")
    assert answer.status_code == 400 and "nested too deeply" in answer.json()["error"]["message"]


def test_a_recursion_error_while_building_is_a_deploy_error(monkeypatch):
    from executor import deploy
    from executor.api import DeployError

    def too_deep(*args):
        raise RecursionError("maximum recursion depth exceeded")
    monkeypatch.setattr(deploy, "build_bundle", too_deep)
    with pytest.raises(DeployError, match="nests more deeply"):
        deploy.build("x", {"app.js": b"module.exports = 1;\n"})
