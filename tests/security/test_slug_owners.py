"""A project's name has one owner, whether it was deployed from the command line or
the IDE; deleting a project or its user wipes what the executor stored (issue 12, item 8)."""
import httpx
import pytest

from executor import api, keys
from ide import running, services
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

SERVICE = {"app.js": b"""
const fs = require('fs');
const client = require('redis').createClient();
const app = require('express')();
app.get('/put', (req, res) => {
  fs.writeFileSync('notes.txt', 'secret notes');
  client.set('secret', 'kept', () => res.send('stored'));
});
module.exports = app;
"""}


@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=["owner1"]) as s:
        yield s


def stored_keys(stack, slug):
    return [k for k in stack.r.scan_iter(keys.project(slug) + ":*") if k != keys.meta(slug)]


def test_a_name_deployed_from_the_command_line_is_not_an_ide_users(stack):
    stack.deploy("cli-owned", SERVICE)  # as manage.py deploy does: the operator's
    assert httpx.get(stack.url("cli-owned", "/put")).text == "stored"
    with pytest.raises(api.DeployError, match="belongs to another owner"):
        api.deploy("cli-owned", SERVICE, owner="user:42")
    assert api.owner_of("cli-owned") == keys.OPERATOR


@pytest.mark.django_db
def test_the_ide_refuses_a_name_the_executor_holds_for_someone_else(stack, django_user_model):
    from ide.forms import ProjectForm
    stack.deploy("cli-held", SERVICE)
    user = django_user_model.objects.create_user("mallory", password="a long password 7")
    form = ProjectForm({"slug": "cli-held", "source": "example", "example": "hello"}, user=user)
    assert not form.is_valid() and "taken" in str(form.errors["slug"])


@pytest.mark.django_db
def test_deleting_a_project_wipes_its_executor_data_and_frees_its_name(stack, django_user_model):
    user = django_user_model.objects.create_user("grace", password="a long password 8")
    project = services.create_project(user, "to-delete", "", SERVICE)
    api.deploy("to-delete", SERVICE, owner=running.owner_name(project))
    assert httpx.get(stack.url("to-delete", "/put")).text == "stored"
    assert stored_keys(stack, "to-delete")
    project.delete()
    assert stored_keys(stack, "to-delete") == []
    assert api.owner_of("to-delete") is None
    assert httpx.get(stack.url("to-delete", "/put")).status_code == 404
    # the name is free: somebody else deploys it afresh, and sees nothing of the old data
    api.deploy("to-delete", SERVICE, owner="user:77")
    assert stack.r.get(keys.kv_prefix("to-delete") + "secret") is None


@pytest.mark.django_db
def test_deleting_a_user_wipes_their_projects(stack, django_user_model):
    user = django_user_model.objects.create_user("leaving", password="a long password 9")
    project = services.create_project(user, "users-own", "", SERVICE)
    api.deploy("users-own", SERVICE, owner=running.owner_name(project))
    httpx.get(stack.url("users-own", "/put"))
    user.delete()
    assert stored_keys(stack, "users-own") == [] and api.owner_of("users-own") is None

