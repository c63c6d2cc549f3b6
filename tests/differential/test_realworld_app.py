"""An application in the style of the real-world test set (tests/realworld/keys-browser: Express 4,
body-parser, hbs views, lodash 3, extend, node-redis 2.8's callback client listing the keys of its
database and their types) deploys unmodified, its packages installed at deployment from its
lockfile, and answers as under Node.js with the same installed packages. What it cannot do inside
a fluxion, running another program, is refused at deployment with the file and line, or, from a
package, fails at run time with the same reason, never with a hang.
"""
from pathlib import Path

import httpx
import pytest
import redis

from analyzer.source import list_files
from executor import api, packages
from tests.support.nodejs import comparable, load_requests, replay, run_service
from tests.support.stack import LiquefyStack

pytestmark = [pytest.mark.executor, pytest.mark.slow]

REALWORLD = Path(__file__).resolve().parent.parent / "realworld"


@pytest.fixture(scope="module")
def stack():
    with LiquefyStack(nodes=["rw1", "rw2"]) as s:
        yield s


@pytest.fixture(scope="module")
def npm_cache():
    """npm reads the machine's cache first (--prefer-offline): the registry only for what is not there."""
    with pytest.MonkeyPatch.context() as m:
        m.setenv("LIQUEFY_NPM_CACHE", str(Path.home() / ".npm"))
        yield


def upload(folder):
    """The service folder as uploaded: no node_modules/, its package.json and package-lock.json."""
    return {rel: (folder / rel).read_bytes() for rel in list_files(str(folder)) if rel != "requests.json"}


def same_answers(stack, redis_url, name):
    folder = REALWORLD / name
    files = upload(folder)
    assert not any(p.startswith("node_modules/") for p in files)
    r = redis.Redis.from_url(redis_url)
    r.flushdb()
    node = run_service(folder, redis_url, node_modules=packages.installed(files) / "node_modules")
    r.flushdb()
    stack.deploy("rw-" + name, files, reset=True)
    liquid = replay(stack.url("rw-" + name, ""), load_requests(folder))
    for request, expected, got in zip(load_requests(folder), node, liquid):
        assert comparable(got) == comparable(expected), f"{request['method']} {request['path']}"
    assert len(liquid) == len(node)


def test_the_application_answers_as_node(stack, redis_url, npm_cache):
    same_answers(stack, redis_url, "keys-browser")


def test_running_a_program_from_the_service_is_refused_at_deployment_with_file_and_line(stack, npm_cache):
    files = upload(REALWORLD / "keys-browser")
    files["lib/uptime.js"] = b"// how long the machine has run\nvar exec = require('child_process').exec;\n" \
                             b"module.exports = function (cb) { exec('uptime', cb); };\n"
    files["app.js"] = files["app.js"].replace(b"var app = express();", b"var app = express();\n"
                                              b"var uptime = require('./lib/uptime');")
    with pytest.raises(api.DeployError) as refused:
        stack.deploy("rw-spawn", files)
    assert (refused.value.file, refused.value.line) == ("lib/uptime.js", 2)
    assert "child_process" in refused.value.message and "no network or process access" in refused.value.message


SYSINFO = {
    "app.js": b"""var express = require('express');
var sysinfo = require('sysinfo');
var app = express();
app.get('/uptime', function uptime(req, res) {
  sysinfo.uptime(function (err, out) { res.send(err ? 'failed' : out); });
});
app.get('/ok', function ok(req, res) { res.send('ok'); });
module.exports = app;
""",
    "package.json": b'{"dependencies": {"sysinfo": "1.0.0"}}',
    "node_modules/sysinfo/package.json": b'{"name": "sysinfo", "version": "1.0.0"}',
    "node_modules/sysinfo/index.js": b"exports.uptime = function (cb) {\n"
                                     b"  require('child_process').exec('uptime', cb);\n};\n",
}


def test_a_package_running_a_program_fails_at_run_time_with_the_reason_not_a_hang(stack):
    stack.deploy("rw-sysinfo", SYSINFO)
    answer = httpx.get(stack.url("rw-sysinfo", "/uptime"), timeout=30)
    assert answer.status_code == 500 and "<pre>Internal Server Error</pre>" in answer.text  # Express's, as in Node
    errors = [e for e in api.logs("rw-sysinfo") if e["level"] == "error"]
    assert len(errors) == 1 and errors[0]["fluxion"] == "uptime" and errors[0]["line"] == 5
    assert errors[0]["text"].startswith("Error: Liquefy: package 'sysinfo' (node_modules/sysinfo/index.js) requires "
                                        "'child_process', which is not available: a fluxion has no network or "
                                        "process access")
    assert "at exports.uptime (node_modules/sysinfo/index.js:2:3)" in errors[0]["text"]
    assert httpx.get(stack.url("rw-sysinfo", "/ok")).text == "ok"
