"""Verify mode on live nodes: a unit analysed as stateless that changes module state is
an error event (project's events, errors and console, node's log); the node keeps
serving; a stateless service gives none. On in every test (tests/session_redis.py);
elsewhere per project: `api.deploy(verify=True)`, `manage.py deploy --verify`."""
import httpx
import pytest

from analyzer import analyze_source
from analyzer.state import write_key
from executor import api, keys
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

WRITER = """const express = require('express');
const app = express();
const stats = {hits: 0, last: null};
function note(path) { stats.hits++; stats.last = path; }
app.get('/hello', (req, res) => res.send('hi'));
app.get('/count', (req, res) => { note(req.path); res.json({ok: true}); });
app.listen(3000);
"""
# First found where the fluxion starts; once traced, at the write itself.
FIRST = ["fluxion get_count wrote stats.hits at app.js:6 though analyzed as stateless",
         "fluxion get_count wrote stats.last at app.js:6 though analyzed as stateless"]
TRACED = "fluxion get_count wrote stats.hits at app.js:4 though analyzed as stateless"

STATELESS = """const express = require('express');
const app = express();
const greeting = {text: 'hello', langs: new Map([['fr', 'bonjour']])};
app.get('/', (req, res) => res.send(greeting.text));
app.get('/in/:lang', (req, res) => res.json({said: greeting.langs.get(req.params.lang) || greeting.text}));
app.listen(3000);
"""


def read_only_everywhere(source):
    """The IDE's override "read-only here: replicate" on every write of the source: the
    analysis is told the handler writes nothing, so its unit runs replicated."""
    analysis = analyze_source(source)
    return {write_key(ref): "read-only" for scope in analysis.scopes.scopes for v in scope.variables.values()
            for ref in v.refs if ref.writes() and v.is_module_level and ref.scope.func is not None}


def files(source):
    return {"app.js": source.encode()}


def get(stack, slug, path):
    answer = httpx.get(stack.url(slug, path), timeout=30)
    assert answer.status_code == 200, answer.text
    return answer


def test_every_test_node_verifies_and_the_node_keeps_serving():
    """The tests' nodes verify every project (tests/session_redis.py), as they would
    with LIQUEFY_VERIFY=1; this writer was deployed without asking for it."""
    with LiquefyStack(nodes=["vfy1", "vfy2"]) as stack:
        result = stack.deploy("vfy-writer", files(WRITER), overrides=read_only_everywhere(WRITER))
        assert result["units"]["get_count"]["replicated"], "the override makes the writer stateless"
        for _ in range(6):
            get(stack, "vfy-writer", "/count")
        assert get(stack, "vfy-writer", "/hello").text == "hi"
        errors = stack.verify_errors("vfy-writer")
        said = [e["message"] for e in errors]
        # 6 requests on 2 nodes: one node ran two at least, and traced the write the second time
        assert set(said) == set(FIRST + [TRACED]) and len(said) <= 6, "each node says each once"
        assert all(e["file"] == "app.js" and e["line"] == (4 if e["message"] == TRACED else 6)
                   and e["fluxion"] == "get_count" for e in errors)
        events = [e for e in api.events("vfy-writer") if e["type"] == "verify"]
        assert sorted(e["text"] for e in events) == sorted(said)
        assert any(f"VerifyError: {TRACED}" in line["text"] for line in api.logs("vfy-writer"))
        assert any(TRACED in stack.log_of(node) for node in ("vfy1", "vfy2"))


@pytest.fixture(scope="module")
def stack():
    """Nodes as `make run` starts them (LIQUEFY_VERIFY=0): only projects deployed with verify mode."""
    with LiquefyStack(nodes=["vfyrun"], env={"LIQUEFY_VERIFY": "0"}) as s:
        yield s


def test_a_stateless_service_gives_no_verify_error(stack):
    stack.deploy("vfy-stateless", files(STATELESS), verify=True)
    for path in ("/", "/in/fr", "/in/de", "/"):
        get(stack, "vfy-stateless", path)
    assert stack.verify_errors("vfy-stateless") == []


def test_the_analysed_writer_is_stateful_and_not_verified(stack):
    """Without the override the analysis sees the write: no replicated unit writes, no error."""
    result = stack.deploy("vfy-sound", files(WRITER), verify=True)
    assert not result["units"]["get_count"]["replicated"]
    for _ in range(3):
        get(stack, "vfy-sound", "/count")
    assert stack.verify_errors("vfy-sound") == []


def test_verify_mode_is_per_project(stack):
    overrides = read_only_everywhere(WRITER)
    stack.deploy("vfy-off", files(WRITER), overrides=overrides)
    stack.deploy("vfy-on", files(WRITER), overrides=overrides, verify=True)
    assert api.client().hget(keys.meta("vfy-on"), "verify") == "1"
    for slug in ("vfy-off", "vfy-on"):
        for _ in range(2):
            get(stack, slug, "/count")
    assert stack.verify_errors("vfy-off") == []
    assert sorted(e["message"] for e in stack.verify_errors("vfy-on")) == sorted(FIRST + [TRACED])


def test_manage_py_deploy_verify(stack, tmp_path):
    from django.core.management import call_command
    (tmp_path / "app.js").write_text(STATELESS)
    call_command("deploy", str(tmp_path), slug="vfy-cli", verify=True)
    assert api.client().hget(keys.meta("vfy-cli"), "verify") == "1"
    call_command("deploy", str(tmp_path), slug="vfy-cli")
    assert api.client().hget(keys.meta("vfy-cli"), "verify") == "0"
