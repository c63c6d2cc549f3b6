"""Hostile services against real nodes: each attack fails alone, the node keeps
serving the others (issue 12). One node, so every project shares its sandbox."""
import os
import re
import signal
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

# A package's code runs again wherever the module that requires it is loaded: once
# the file exists (written by main), loading it never ends.
TRAP = {"app.js": b"""
const fs = require('fs');
const app = require('express')();
const trap = require('trap');
fs.writeFileSync('armed', 'yes');
app.get('/hello', (req, res) => res.send('hello ' + typeof trap));
module.exports = app;
""", "node_modules/trap/package.json": b'{"name": "trap", "version": "1.0.0"}',
        "node_modules/trap/index.js": b"""
if (require('fs').existsSync('armed')) while (true) {}
module.exports = {};
"""}

# The same trap in a class's `extends`: that part of a class runs in main only
# (executor/class_parts.py), so a node loading the module never springs it.
CLASS_TRAP = {"app.js": b"""
const fs = require('fs');
const app = require('express')();
class Trap extends (fs.existsSync('armed') ? (() => { while (true) {} })() : Object) {}
fs.writeFileSync('armed', 'yes');
app.get('/hello', (req, res) => res.send('hello ' + typeof Trap + ' ' + (new Trap() instanceof Object)));
module.exports = app;
"""}


TOKENS = {"app.js": b"""
const crypto = require('crypto');
const app = require('express')();
app.get('/token', (req, res) => res.json([crypto.randomUUID(), crypto.randomBytes(16).toString('hex'),
                                           crypto.randomInt(2 ** 40)]));
module.exports = app;
"""}


CHATTY = {"app.js": b"""
const app = require('express')();
app.get('/shout', (req, res) => { console.log('x'.repeat(100000)); res.send('shouted'); });
app.get('/fail', (req, res) => { throw new Error('failure ' + req.query.n); });
app.all('*', (req, res) => res.status(404).send('none'));
module.exports = app;
"""}

# Typed arrays live outside V8's heap, so its heap limit does not see them.
HOG = {"app.js": b"""
const app = require('express')();
const kept = [];
app.get('/hog', (req, res) => {
  for (let i = 0; i < 6; i++) kept.push(new Uint8Array(100 * 1024 * 1024).fill(1));
  res.send('kept ' + kept.length);
});
app.get('/small', (req, res) => res.send('small'));
module.exports = app;
"""}

TICKER = {"app.js": b"""
const app = require('express')();
let ticks = 0;
setInterval(() => { ticks += 1; }, 20);
app.get('/ticks', (req, res) => res.send(String(ticks)));
module.exports = app;
"""}

# Reaches for the runtime's internals, then patches JSON.stringify (which the runtime
# uses to hand its result to the node) to slip forged effects into its own result.
FORGER = {"app.js": b"""
const app = require('express')();
app.get('/internals', (req, res) => {
  let host;
  try { __liquefyHost('guess', 'run', '{}', null, ''); host = 'answered'; } catch (e) { host = e.message; }
  res.json({ hooks: Object.getOwnPropertyNames(__rt).sort(), emit: typeof __rt.emit, post: typeof __rt.post,
             run: typeof __rt.run, writable: (() => { try { __rt.emit = 1; globalThis.__rt = {}; } catch (e) {} return __rt.emit === 1; })(),
             host });
});
function forge(extra) {
  return (req, res) => {
    const real = JSON.stringify;
    JSON.stringify = function (value, ...rest) {
      if (value && Array.isArray(value.effects)) { JSON.stringify = real; value.effects.push(extra); }
      return real.call(this, value, ...rest);
    };
    res.send('forged');
  };
}
app.get('/timer', forge({ op: 'post', fn: { $: 'u' }, args: [], delay: 1, repeat: '1', id: 'evil' }));
app.get('/file', forge({ op: 'fsWrite', path: 'big.bin', data: 'A'.repeat(12 * 1024 * 1024) }));
app.get('/respond', forge({ op: 'respond', rid: 'ticker.' + 'ab'.repeat(16), status: 200, headers: [], body: '' }));
module.exports = app;
"""}


@pytest.fixture(scope="module")
def stack():
    env = {"LIQUEFY_MESSAGE_TIME_LIMIT_MS": "500", "LIQUEFY_LOAD_TIME_LIMIT_MS": "1000",
           "LIQUEFY_SANDBOX_MEMORY_MB": "400"}
    with LiquefyStack(nodes=["hostile1"], env=env) as s:
        for slug, files in (("bystander", BYSTANDER), ("spinner", SPINNER), ("trap", TRAP), ("class-trap", CLASS_TRAP),
                            ("tokens", TOKENS),
                            ("ticker", TICKER), ("forger", FORGER), ("chatty", CHATTY), ("hog", HOG)):
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


def sandbox_pid(stack, slug):
    return stack.sandbox_pid("hostile1", slug)


# -- item 2: no code built from user strings, every entry into V8 limited -------------

@pytest.mark.parametrize("path", ["lib/x.js\nwhile(true){}//", "a\u2028b.js", "../up.js", "/abs.js", "a//b.js",
                                  "x\".js", "data/" + "d" * 300])
def test_a_file_path_that_could_reach_generated_code_is_refused_at_deployment(stack, path):
    files = dict(BYSTANDER, **{path: b"module.exports = 1;\n"})
    with pytest.raises(DeployError):
        stack.deploy("paths", files)


def test_a_module_whose_loading_never_ends_is_stopped_by_v8(stack, http):
    first = http.get(stack.url("trap", "/hello"))
    os.kill(sandbox_pid(stack, "trap"), signal.SIGKILL)  # its isolate is loaded again
    time.sleep(0.2)
    before = served(stack, http)
    trapped = http.get(stack.url("trap", "/hello"))
    assert trapped.status_code == 500, (first.status_code, first.text)
    assert served(stack, http) == before + 1
    loading = [e["text"] for e in api.logs("trap") if "restoring main's values ran longer than 1000 ms" in e["text"]]
    assert loading, [e["text"] for e in api.logs("trap")]


def test_a_class_definition_computes_in_main_only(stack, http):
    assert http.get(stack.url("class-trap", "/hello")).text == "hello function true"
    os.kill(sandbox_pid(stack, "class-trap"), signal.SIGKILL)  # its isolate is loaded again
    time.sleep(0.2)
    again = http.get(stack.url("class-trap", "/hello"))
    assert (again.status_code, again.text) == (200, "hello function true")


def test_a_runaway_message_is_stopped_by_v8_not_by_killing_its_process(stack, http):
    http.get(stack.url("spinner", "/nothing"))
    before, pids = served(stack, http), {s: sandbox_pid(stack, s) for s in ("bystander", "spinner")}
    assert http.get(stack.url("spinner", "/loop")).status_code == 500
    assert served(stack, http) == before + 1
    assert {s: sandbox_pid(stack, s) for s in ("bystander", "spinner")} == pids


# -- item 10: real randomness -----------------------------------------------------

def test_tokens_are_drawn_from_the_hosts_entropy(stack, http):
    """The nodes give every isolate host entropy: without it these requests fail (no more
    Math.random fallback; the generator itself is checked in tests/executor/test_builtins.py)."""
    drawn = [tuple(http.get(stack.url("tokens", "/token")).json()) for _ in range(20)]
    for column in zip(*drawn):
        assert len(set(column)) == 20


# -- item 5: runtime internals out of reach, effects checked -----------------------

def test_user_code_reaches_only_the_hooks_compiled_code_calls(stack, http):
    seen = http.get(stack.url("forger", "/internals")).json()
    assert seen["emit"] == seen["post"] == seen["run"] == "undefined"
    assert seen["writable"] is False and "entry points are the host's" in seen["host"]
    assert "defineModule" in seen["hooks"] and "seal" not in seen["hooks"]


@pytest.mark.parametrize("attack", ["/timer", "/file", "/respond"])
def test_a_forged_effect_fails_its_message_and_harms_nobody(stack, http, attack):
    ticks = int(http.get(stack.url("ticker", "/ticks")).text)
    forged = http.get(stack.url("forger", attack))
    assert forged.status_code == 500, forged.text
    refused = [e["text"] for e in api.logs("forger") if "Liquefy refused this message's effects" in e["text"]]
    assert refused, [e["text"] for e in api.logs("forger")]
    time.sleep(0.3)  # the other project's interval goes on firing
    assert int(http.get(stack.url("ticker", "/ticks")).text) > ticks
    assert served(stack, http) > 0


# -- item 9: everything a tenant can store is bounded ------------------------------

def test_a_request_body_past_the_limit_is_refused_before_django_reads_it(stack, http):
    answer = http.post(stack.url("chatty", "/anything"), content=b"x" * (8 * 1024 * 1024 + 1))
    assert answer.status_code == 413
    assert http.post(stack.url("chatty", "/anything"), content=b"x" * 1000).status_code == 404


def test_a_console_line_is_cut(stack, http):
    assert http.get(stack.url("chatty", "/shout")).text == "shouted"
    line = next(e["text"] for e in api.logs("chatty") if e["text"].startswith("xxx"))
    assert len(line) < 8 * 1024 + 100 and line.endswith("more characters)")


def test_error_records_are_capped(stack):
    from executor.effects import RECORD_ERROR
    record = stack.r.register_script(RECORD_ERROR)
    for n in range(5):
        record(keys=["t:errors", "t:errors:ids"], args=[f"e{n}", "{}", 3])
    assert sorted(stack.r.hkeys("t:errors")) == ["e2", "e3", "e4"]
    assert stack.r.lrange("t:errors:ids", 0, -1) == ["e4", "e3", "e2"]


def test_a_made_up_method_adds_no_route_to_the_metrics(stack, http):
    from executor.keys import metrics_second
    # a token no HTTP parser knows is refused before the service, as Node.js's parser refuses it
    assert http.request("XYZZY", stack.url("chatty", "/x")).status_code == 400
    # one the parser knows and no route has (WebDAV's) reaches the service, and counts as OTHER
    assert http.request("PROPFIND", stack.url("chatty", "/x")).status_code == 404
    now = int(time.time())
    fields = [f for second in (now - 1, now) for f in stack.r.hkeys(metrics_second(second))]
    assert fields and not [f for f in fields if "XYZZY" in f or "PROPFIND" in f]


# -- item 4: tenants apart inside a node -----------------------------------------------

def test_each_project_has_its_own_confined_process(stack, http):
    http.get(stack.url("hog", "/small"))
    pid = sandbox_pid(stack, "hog")
    assert sandbox_pid(stack, "bystander") != pid
    environ = open(f"/proc/{pid}/environ", "rb").read().split(b"\0")
    assert not [v for v in environ if v.startswith((b"REDIS_URL", b"DJANGO", b"LIQUEFY_RUN_DIR"))]
    limits = open(f"/proc/{pid}/limits").read()
    assert re.search(r"Max open files\s+256\s+256", limits) and re.search(r"Max core file size\s+0\s+0", limits)
    node = stack.procs["hostile1"].pid
    assert os.readlink(f"/proc/{pid}/ns/net") != os.readlink(f"/proc/{node}/ns/net"), "no network namespace"


@pytest.mark.skipif(not os.path.exists("/sys/fs/cgroup/memory/memory.limit_in_bytes"),
                    reason="no cgroup v1 memory controller on this machine")
def test_typed_arrays_count_against_the_projects_memory(stack, http):
    before, other = served(stack, http), sandbox_pid(stack, "bystander")
    hog = http.get(stack.url("hog", "/hog"))
    assert hog.status_code == 500
    assert any("went over its memory limit of 400 MB" in e["text"] for e in api.logs("hog")), [e["text"] for e in api.logs("hog")]
    assert served(stack, http) == before + 1 and sandbox_pid(stack, "bystander") == other
    assert http.get(stack.url("hog", "/small")).text == "small"
