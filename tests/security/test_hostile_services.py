"""Hostile services against real nodes: each attack fails alone, the node keeps
serving the others (issue 12). One node, so every project shares its sandbox."""
import os
import signal
import subprocess
import time

import httpx
import pytest

from executor import api
from executor.api import DeployError
from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor

BYSTANDER = {"app.js": b"""
const app = require('express')();
let served = 0;
app.get('/n', (req, res) => { served += 1; res.send(String(served)); });
module.exports = app;
"""}

SPINNER = {"app.js": b"""
const app = require('express')();
app.get('/loop', (req, res) => { while (true) {} });
module.exports = app;
"""}

# Its class's `extends` runs again wherever the module is loaded: once the file
# exists (written by main), loading it never ends.
TRAP = {"app.js": b"""
const fs = require('fs');
const app = require('express')();
class Trap extends (fs.existsSync('armed') ? (() => { while (true) {} })() : Object) {}
fs.writeFileSync('armed', 'yes');
app.get('/hello', (req, res) => res.send('hello ' + typeof Trap));
module.exports = app;
"""}


TOKENS = {"app.js": b"""
const crypto = require('crypto');
const app = require('express')();
app.get('/token', (req, res) => res.json([crypto.randomUUID(), crypto.randomBytes(16).toString('hex'),
                                           crypto.randomInt(2 ** 40)]));
module.exports = app;
"""}


@pytest.fixture(scope="module")
def stack():
    env = {"LIQUEFY_MESSAGE_TIME_LIMIT_MS": "500", "LIQUEFY_LOAD_TIME_LIMIT_MS": "1000"}
    with LiquefyStack(nodes=["hostile1"], env=env) as s:
        for slug, files in (("bystander", BYSTANDER), ("spinner", SPINNER), ("trap", TRAP), ("tokens", TOKENS)):
            s.deploy(slug, files)
        yield s


@pytest.fixture
def http():
    with httpx.Client(timeout=30) as client:
        yield client


def served(stack, http):
    answer = http.get(stack.url("bystander", "/n"))
    assert answer.status_code == 200
    return int(answer.text)


def sandbox_pid(stack):
    out = subprocess.run(["pgrep", "-P", str(stack.procs["hostile1"].pid), "-f", "executor.sandbox"],
                         capture_output=True, text=True)
    pids = [int(p) for p in out.stdout.split()]
    assert len(pids) == 1, f"the node's isolate process: {pids}"
    return pids[0]


# -- item 2: no code built from user strings, every entry into V8 limited -------------

@pytest.mark.parametrize("path", ["lib/x.js\nwhile(true){}//", "a\u2028b.js", "../up.js", "/abs.js", "a//b.js",
                                  "x\".js", "data/" + "d" * 300])
def test_a_file_path_that_could_reach_generated_code_is_refused_at_deployment(stack, path):
    files = dict(BYSTANDER, **{path: b"module.exports = 1;\n"})
    with pytest.raises(DeployError):
        stack.deploy("paths", files)


def test_a_module_whose_loading_never_ends_is_stopped_by_v8(stack, http):
    first = http.get(stack.url("trap", "/hello"))
    os.kill(sandbox_pid(stack), signal.SIGKILL)  # every isolate is loaded again
    time.sleep(0.2)
    before = served(stack, http)
    trapped = http.get(stack.url("trap", "/hello"))
    assert trapped.status_code == 500, (first.status_code, first.text)
    assert served(stack, http) == before + 1
    loading = [e["text"] for e in api.logs("trap") if "restoring main's values ran longer than 1000 ms" in e["text"]]
    assert loading, [e["text"] for e in api.logs("trap")]


def test_a_runaway_message_is_stopped_alone_and_the_others_isolates_live_on(stack, http):
    before, pid = served(stack, http), sandbox_pid(stack)
    assert http.get(stack.url("spinner", "/loop")).status_code == 500
    assert served(stack, http) == before + 1
    assert sandbox_pid(stack) == pid, "the isolate process was killed with every project's isolates"


# -- item 10: real randomness -----------------------------------------------------

def test_tokens_are_drawn_from_the_hosts_entropy(stack, http):
    """The nodes give every isolate host entropy: without it these requests fail (no more
    Math.random fallback; the generator itself is checked in tests/executor/test_builtins.py)."""
    drawn = [tuple(http.get(stack.url("tokens", "/token")).json()) for _ in range(20)]
    for column in zip(*drawn):
        assert len(set(column)) == 20
