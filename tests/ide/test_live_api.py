"""The live load endpoints: the load generator (plans checked, refused with the reason), its runs,
the balancer switch; owner only, CSRF enforced. Against an in-memory executor.api."""
from django.conf import settings
import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

ROUTE = {"method": "GET", "path": "/deposit/1"}


def post(client, name, body=None):
    return client.post(f"/api/projects/readfile/{name}", body or {}, content_type="application/json")


@pytest.fixture
def deployed(alice_client, project, executor):
    assert post(alice_client, "deploy").status_code == 200
    return executor


def test_start_load_at_a_rate(alice_client, deployed):
    answer = post(alice_client, "load", {"routes": [ROUTE, {"method": "post", "path": "/x", "body": {"a": 1}}],
                                         "rate": 20, "duration_s": 5})
    assert answer.status_code == 200 and answer.json() == {"run": "run1"}
    slug, routes, rate, concurrency, duration = deployed.plans[0]
    assert (slug, rate, concurrency, duration) == ("readfile", 20, None, 5)
    assert routes[1] == {"method": "POST", "path": "/x", "body": {"a": 1}, "weight": 1}


def test_start_load_closed_loop(alice_client, deployed):
    assert post(alice_client, "load", {"routes": [ROUTE], "concurrency": 4, "duration_s": 2}).status_code == 200
    assert deployed.plans[0][2:] == (None, 4, 2)


@pytest.mark.parametrize("plan, reason", [
    ({"routes": [], "rate": 5}, "pick at least one route"),
    ({"routes": [ROUTE]}, "either a rate or a concurrency"),
    ({"routes": [ROUTE], "rate": 5, "concurrency": 2}, "either a rate or a concurrency"),
    ({"routes": [ROUTE], "rate": 50_000}, "between 1 and 2000"),
    ({"routes": [ROUTE], "concurrency": 1000}, "between 1 and 64"),
    ({"routes": [ROUTE], "rate": 5, "duration_s": 0}, "duration must be between"),
    ({"routes": [ROUTE], "rate": "fast"}, "`rate` must be a number"),
    ({"routes": [ROUTE], "concurrency": 1.5}, "`concurrency` must be a whole number"),
    ({"routes": [{"method": "BREW", "path": "/"}], "rate": 5}, "unknown method BREW"),
    ({"routes": [{"path": "deposit"}], "rate": 5}, "must start with /"),
    ({"routes": "GET /", "rate": 5}, "`routes` must be a list"),
    ({"routes": [ROUTE] * 21, "rate": 5}, "at most 20 routes"),
])
def test_bad_plans_are_refused_with_the_reason(alice_client, deployed, plan, reason):
    answer = post(alice_client, "load", plan)
    assert answer.status_code == 400 and reason in answer.json()["error"]["message"]
    assert deployed.plans == []


def test_load_needs_a_running_project(alice_client, project, executor):
    answer = post(alice_client, "load", {"routes": [ROUTE], "rate": 5})
    assert answer.status_code == 400 and "deploy it first" in answer.json()["error"]["message"]


def test_load_runs_and_one_run(alice_client, deployed):
    post(alice_client, "load", {"routes": [ROUTE], "rate": 5, "duration_s": 1})
    runs = alice_client.get("/api/projects/readfile/load-runs").json()["runs"]
    assert [r["run"] for r in runs] == ["run1"] and runs[0]["plan"]["rate"] == 5
    one = alice_client.get("/api/projects/readfile/load-runs?run=run1").json()
    assert one["run"] == "run1" and one["seconds"][0]["sent"] == 5


def test_balancer_switch(alice_client, project, executor):
    assert alice_client.get("/api/projects/readfile/balancer").json() == {"on": False}
    assert post(alice_client, "balancer", {"on": True}).json() == {"on": True}
    assert executor.balancer_on("readfile")
    assert post(alice_client, "balancer", {"on": False}).json() == {"on": False}
    assert post(alice_client, "balancer", {"on": "yes"}).status_code == 400


@pytest.mark.parametrize("name, body", [("load", {"routes": [ROUTE], "rate": 5}), ("balancer", {"on": True})])
def test_others_cannot_start_load_or_switch_the_balancer(bob_client, alice_client, deployed, name, body):
    assert post(bob_client, name, body).status_code == 404
    assert bob_client.get("/api/projects/readfile/load-runs").status_code == 404
    assert deployed.plans == [] and deployed.balancers == set()


@pytest.mark.parametrize("name, body", [("load", {"routes": [ROUTE], "rate": 5}), ("balancer", {"on": True})])
def test_csrf_enforced(alice, deployed, name, body):
    c = Client(enforce_csrf_checks=True)
    c.force_login(alice)
    assert post(c, name, body).status_code == 403
    token = c.get("/p/readfile/").cookies[settings.CSRF_COOKIE_NAME].value
    answer = c.post(f"/api/projects/readfile/{name}", body, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert answer.status_code == 200


@pytest.mark.parametrize("method, name", [("post", "load"), ("get", "load-runs"), ("get", "balancer"),
                                          ("post", "balancer")])
def test_missing_executor_is_a_clear_503(alice_client, project, executor_missing, method, name):
    body = {"routes": [ROUTE], "rate": 5, "on": True}
    answer = post(alice_client, name, body) if method == "post" else alice_client.get(f"/api/projects/readfile/{name}")
    assert answer.status_code == 503 and "not available" in answer.json()["error"]["message"]


# -- load runs bounded per project and per user, and cancelled (issue 12, item 9) ------------

def test_one_load_run_at_a_time_per_project_and_a_cancel(alice_client, deployed):
    assert post(alice_client, "load", {"routes": [ROUTE], "rate": 5, "duration_s": 5}).status_code == 200
    again = post(alice_client, "load", {"routes": [ROUTE], "rate": 5, "duration_s": 5})
    assert again.status_code == 400 and "still going on" in again.json()["error"]["message"]
    assert post(alice_client, "load-cancel", {"run": "run1"}).json() == {"run": "run1", "cancelling": True}
    assert post(alice_client, "load-cancel", {"run": "nope"}).status_code == 400
    assert post(alice_client, "load", {"routes": [ROUTE], "rate": 5, "duration_s": 5}).status_code == 200


def test_a_user_runs_a_bounded_number_of_loads_at_once(alice_client, alice, deployed, settings):
    from ide import services
    from tests.ide.helpers import corpus_files
    settings.LIQUEFY_LOAD_RUNS_PER_USER = 2
    for slug in ("second", "third"):
        services.create_project(alice, slug, slug, corpus_files("hello"))
        assert alice_client.post(f"/api/projects/{slug}/deploy", {}, content_type="application/json").status_code == 200
    plan = {"routes": [ROUTE], "rate": 5, "duration_s": 5}
    assert post(alice_client, "load", plan).status_code == 200
    assert alice_client.post("/api/projects/second/load", plan, content_type="application/json").status_code == 200
    third = alice_client.post("/api/projects/third/load", plan, content_type="application/json")
    assert third.status_code == 400 and "at most 2 at a time" in third.json()["error"]["message"]


@pytest.mark.parametrize("plan, reason", [
    ({"rate": 2000, "duration_s": 600}, "a run sends 200000 at most"),
    ({"rate": 1000, "duration_s": 100, "body": "x" * 60_000}, "MB at most"),
    ({"rate": 1, "duration_s": 1, "body": "x" * 70_000}, "64 KB at most"),
])
def test_what_one_run_may_send_is_bounded(alice_client, deployed, plan, reason):
    route = dict(ROUTE, method="POST", body=plan.pop("body", None))
    answer = post(alice_client, "load", {"routes": [route], **plan})
    assert answer.status_code == 400 and reason in answer.json()["error"]["message"]
