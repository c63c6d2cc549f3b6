"""Sign up, log in, log out; the home page; the admin site; CSRF on every POST."""
import pytest
from django.test import Client
from django.urls import reverse

from .helpers import PASSWORD

pytestmark = pytest.mark.django_db


def test_visitor_sees_landing_page_with_signup_and_login(client):
    page = client.get("/")
    assert page.status_code == 200
    assert b"Sign up" in page.content and b"Log in" in page.content


def test_playground_stays_reachable_without_account(client):
    assert client.get("/playground/").status_code == 200
    answer = client.post("/api/analyze", {"code": "var x = 1;"}, content_type="application/json")
    assert answer.status_code == 200 and "graph" in answer.json()


def test_signup_logs_in_and_goes_to_new_project(client, django_user_model):
    answer = client.post("/signup/", {"username": "carol", "password1": PASSWORD, "password2": PASSWORD})
    assert answer.status_code == 302 and answer.url == reverse("project-new")
    assert django_user_model.objects.filter(username="carol").exists()
    assert client.get("/").context["user"].username == "carol"


def test_signup_refuses_mismatched_passwords(client, django_user_model):
    answer = client.post("/signup/", {"username": "carol", "password1": PASSWORD, "password2": PASSWORD + "x"})
    assert answer.status_code == 200
    assert not django_user_model.objects.filter(username="carol").exists()


def test_login_then_logout(client, alice):
    answer = client.post("/login/", {"username": "alice", "password": PASSWORD})
    assert answer.status_code == 302 and answer.url == reverse("home")
    assert b"Your projects" in client.get("/").content
    assert client.post("/logout/").status_code == 302
    assert b"Your projects" not in client.get("/").content


def test_login_refuses_wrong_password(client, alice):
    answer = client.post("/login/", {"username": "alice", "password": "nope"})
    assert answer.status_code == 200 and not answer.context["user"].is_authenticated


def test_home_lists_only_own_projects(alice_client, project, bob):
    from ide import services
    from .helpers import corpus_files
    services.create_project(bob, "bobs-service", "Bob's", corpus_files("hello"))
    page = alice_client.get("/")
    assert b"readfile" in page.content and b"bobs-service" not in page.content


def test_ide_pages_need_login(client, project):
    for url in ["/new/", "/p/readfile/", "/p/readfile/revisions/"]:
        answer = client.get(url)
        assert answer.status_code == 302 and "/login/" in answer.url


@pytest.mark.parametrize("url, data", [
    ("/signup/", {"username": "eve", "password1": PASSWORD, "password2": PASSWORD}),
    ("/login/", {"username": "alice", "password": PASSWORD}),
])
def test_csrf_enforced_on_account_forms(alice, url, data):
    assert Client(enforce_csrf_checks=True).post(url, data).status_code == 403


def test_admin_works_for_staff(django_user_model, project):
    staff = django_user_model.objects.create_superuser("root", "root@example.org", PASSWORD)
    c = Client()
    c.force_login(staff)
    assert c.get("/admin/ide/project/").status_code == 200
    assert b"readfile" in c.get("/admin/ide/project/").content
    assert c.get(f"/admin/ide/project/{project.pk}/change/").status_code == 200
    assert c.get("/admin/ide/revision/").status_code == 200


def test_admin_refuses_non_staff(alice_client):
    assert alice_client.get("/admin/ide/project/").status_code == 302
