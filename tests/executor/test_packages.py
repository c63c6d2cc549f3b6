"""npm packages from node_modules/: what travels, what is refused, and Node's module
resolution inside the isolates, compared with what real Node.js resolves for the same
folder."""
import json
import subprocess

import pytest

from executor import packages
from executor.api import DeployError
from executor.deploy import build
from tests.executor.runtime_harness import LocalService
from tests.support.nodejs import NODE


def pkg(name, manifest, files):
    out = {f"node_modules/{name}/package.json": json.dumps(dict({"name": name, "version": "1.0.0"}, **manifest))}
    out.update({f"node_modules/{name}/{path}": text for path, text in files.items()})
    return out


# What each require gives, relative to the service's folder, as a JSON report.
REPORT = r"""
var path = require('path');
function rel(p) { return path.relative(__dirname, p); }
function attempt(fn) {
  try { return fn(); } catch (e) { return { code: e.code, message: e.message.split('\n')[0].split(__dirname + '/').join('') }; }
}
module.exports = function report() {
  var alpha = require('alpha');
  return {
    alpha: alpha.describe(),
    sameObject: require('alpha') === alpha && require('alpha/lib/main') === alpha && require('alpha/lib/main.js') === alpha,
    cached: require.cache[require.resolve('alpha')].exports === alpha,
    topBeta: require('beta').version,
    gamma: require('gamma').kind,
    feature: require('gamma/feature'),
    pattern: require('gamma/sub/one').name,
    gammaJson: require('gamma/package.json').version,
    hidden: attempt(function () { return require('gamma/hidden'); }),
    missingFile: attempt(function () { return require('gamma/sub/nope'); }),
    cycle: require('cyc'),
    delta: require('delta'),
    deltaSub: require('delta/sub'),
    deltaJson: require('delta/data'),
    scoped: require('@acme/thing')(2),
    missing: require('delta/missing'),
    resolved: [rel(require.resolve('alpha')), rel(require.resolve('gamma/feature')), rel(require.resolve('@acme/thing')),
               require.resolve('path'), require.resolve('node:util')],
    lookup: require.resolve.paths('alpha').slice(0, 2).map(rel),
    builtinShared: require('alpha').util === require('util'),
    strictThis: require('delta/strict'),
  };
};
"""

SERVICE = {
    "report.js": REPORT,
    "app.js": "var express = require('express');\nvar app = express();\n"
              "app.get('/', function (req, res) { res.json(require('./report')()); });\nmodule.exports = app;\n",
    **pkg("alpha", {"main": "lib/main.js", "dependencies": {"beta": "2"}}, {
        "lib/main.js": "var path = require('path');\nvar util = require('./util');\nvar beta = require('beta');\n"
                       "var data = require('../data.json');\n"
                       "exports.util = require('util');\n"
                       "exports.describe = function () { return { file: path.relative(process.cwd(), __filename), "
                       "dir: path.relative(process.cwd(), __dirname), id: path.relative(process.cwd(), module.id), "
                       "loaded: module.loaded, util: util.twice(21), beta: beta.version, data: data.items, "
                       "parentKnown: typeof module.parent, children: module.children.length }; };\n",
        "lib/util.js": "exports.twice = function (n) { return n * 2; };\n",
        "data.json": '{"items": [1, 2, 3]}',
    }),
    **pkg("alpha/node_modules/beta", {"version": "2.0.0"}, {"index.js": "exports.version = 'nested 2';\n"}),
    **pkg("beta", {"version": "1.0.0"}, {"index.js": "exports.version = 'top 1';\n"}),
    **pkg("gamma", {"main": "./ignored.js", "exports": {
        ".": {"import": "./esm.mjs", "require": "./cjs.js"},
        "./feature": [{"browser": "./browser.js"}, "./lib/feature.js"],
        "./sub/*": {"node": "./lib/sub/*.js", "default": "./lib/nothing.js"},
        "./package.json": "./package.json"}}, {
        "cjs.js": "exports.kind = 'commonjs';\n", "esm.mjs": "export const kind = 'esm';\n",
        "ignored.js": "exports.kind = 'main field';\n", "hidden.js": "module.exports = 'hidden';\n",
        "browser.js": "module.exports = 'browser';\n", "lib/feature.js": "module.exports = 'feature for node';\n",
        "lib/sub/one.js": "exports.name = 'one';\n",
    }),
    **pkg("cyc", {"main": "a.js"}, {
        "a.js": "exports.early = 'a early';\nvar b = require('./b');\nexports.late = 'a late';\n"
                "module.exports.seenByB = b.sawOfA;\n",
        "b.js": "var a = require('./a');\nexports.sawOfA = Object.keys(a).join(',');\n",
    }),
    "node_modules/delta/index.js": "module.exports = 'delta index';\n",
    "node_modules/delta/sub/index.json": '{"sub": true}',
    "node_modules/delta/data.json": '{"json": "data"}',
    "node_modules/delta/missing.js": "try { require('no-such-package'); } catch (e) {\n"
                                     "  module.exports = { code: e.code, message: e.message.split('\\n')[0],"
                                     " stack: e.requireStack.length };\n}\n",
    "node_modules/delta/strict.js": "'use strict';\nmodule.exports = (function () { return this === undefined; })();\n",
    **pkg("@acme/thing", {"main": "thing"}, {"thing.js": "module.exports = function (n) { return n * 10; };\n"}),
}


def node_report(tmp_path):
    for path, text in SERVICE.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    out = subprocess.run([NODE, "-e", "process.stdout.write(JSON.stringify(require('./report')()))"], cwd=tmp_path,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def liquefy_report():
    # main runs in /srv/local: make cwd-relative paths comparable
    with LocalService(SERVICE) as svc:
        answer = svc.request("GET", "/")
        assert answer.status == 200, answer.errors
        return answer.json()


def test_resolution_is_nodes(tmp_path):
    expected = node_report(tmp_path)
    assert expected["alpha"]["beta"] == "nested 2" and expected["gamma"] == "commonjs"  # the fixture means it
    assert liquefy_report() == expected


def test_only_the_dependencies_of_package_json_travel_and_never_express():
    files = dict(SERVICE, **{"package.json": json.dumps({"dependencies": {"alpha": "1", "express": "4"}})},
                 **pkg("express", {"main": "index.js"}, {"index.js": "module.exports = 'not ours';\n"}))
    files["report.js"] = "module.exports = require('alpha');\n"
    _, bundle, _ = build("closure", {k: v.encode() for k, v in files.items()})
    shipped = {packages.Packages.folder_of(p) for p in bundle["libraries"]}
    assert shipped == {"node_modules/alpha", "node_modules/alpha/node_modules/beta"}
    assert not any(p.endswith(".mjs") for p in bundle["libraries"])


def test_a_package_not_shipped_is_refused_where_it_is_required():
    files = {"app.js": b"var express = require('express');\nvar left = require('left-pad');\n",
             "package.json": b'{"dependencies": {"left-pad": "1"}}',
             **{k: v.encode() for k, v in pkg("right-pad", {}, {"index.js": ""}).items()}}
    with pytest.raises(DeployError) as refused:
        build("missing", files)
    assert refused.value.line == 2 and "no package 'left-pad' is in node_modules/" in refused.value.message


@pytest.mark.parametrize("native", ["build/Release/addon.node", "binding.gyp"])
def test_a_native_addon_is_refused_with_its_package(native):
    files = {"app.js": b"var fast = require('fast');\n",
             **{k: v.encode() for k, v in pkg("fast", {}, {"index.js": "", native: "x"}).items()}}
    with pytest.raises(DeployError) as refused:
        build("native", files)
    assert "package 'fast' has a native addon" in refused.value.message and native in refused.value.message


def test_the_limits_are_refused_with_their_setting(monkeypatch):
    files = {k: v.encode() for k, v in SERVICE.items()}
    monkeypatch.setattr(packages, "MAX_FILES", 5)
    with pytest.raises(DeployError) as refused:
        build("many", files)
    assert "LIQUEFY_PACKAGES_MAX_FILES" in refused.value.message
    monkeypatch.setattr(packages, "MAX_FILES", 10000)
    monkeypatch.setattr(packages, "MAX_BYTES", 100)
    with pytest.raises(DeployError) as refused:
        build("big", files)
    assert "LIQUEFY_PACKAGES_MAX_BYTES" in refused.value.message


def test_the_service_requiring_a_process_module_is_refused_at_deployment():
    with pytest.raises(DeployError) as refused:
        build("spawn", {"app.js": b"var cp = require('child_process');\n"})
    assert "no network or process access" in refused.value.message


def test_a_package_requiring_a_process_module_fails_naming_it():
    files = {"app.js": "var express = require('express');\nvar app = express();\n"
                       "app.get('/', function (req, res) {\n"
                       "  try { require('spawner'); res.send('loaded'); } catch (e) { res.status(500).send(e.message); }\n"
                       "});\nmodule.exports = app;\n",
             **pkg("spawner", {}, {"index.js": "var cp = require('child_process');\n"})}
    with LocalService(files) as svc:
        answer = svc.request("GET", "/")
    assert answer.status == 500
    assert answer.text == ("Liquefy: package 'spawner' (node_modules/spawner/index.js) requires 'child_process', "
                           "which is not available: a fluxion has no network or process access")


@pytest.mark.executor
def test_manage_py_deploy_takes_the_folders_node_modules(tmp_path):
    import shutil

    import httpx
    from django.core.management import call_command

    from tests.support.nodejs import SERVICES
    from tests.support.stack import NODE_MODULES, LiquefyStack

    folder = tmp_path / "svc"
    shutil.copytree(SERVICES / "pkg-ms", folder)
    (folder / "node_modules").symlink_to(NODE_MODULES, target_is_directory=True)
    with LiquefyStack(nodes=["pk1"]) as stack:
        call_command("deploy", str(folder), slug="pkgcli", reset=True)
        answer = httpx.get(stack.url("pkgcli", "/convert/90061000"))
    assert answer.status_code == 200 and answer.json() == {"short": "1d", "long": "1 day"}


def test_without_node_modules_the_dependencies_come_from_npm_once(tmp_path, monkeypatch):
    monkeypatch.setenv("LIQUEFY_RUN_DIR", str(tmp_path))
    app = b"var express = require('express');\nvar ms = require('ms');\nmodule.exports = express();\n"
    files = {"app.js": app, "package.json": b'{"dependencies": {"express": "4.21.2", "ms": "2.1.3"}}'}
    heard = []
    _, bundle, _ = build("npm", files, progress=heard.append)
    assert json.loads(bundle["libraries"]["node_modules/ms/package.json"])["version"] == "2.1.3"
    # npm's progress as it goes: its start, each line of its output, its end
    kinds = [e["type"] for e in heard]
    assert kinds[0] == "npm.start" and kinds[-1] == "npm.end" and set(kinds[1:-1]) == {"npm.log"}
    assert heard[0]["command"] == "npm install --omit=dev --ignore-scripts"
    assert any("registry.npmjs.org/ms" in e["line"] or "ms" in e["line"] for e in heard[1:-1])
    assert heard[-1]["ok"] and heard[-1]["packages"] >= 2  # ms and express at least
    assert "node_modules/ms/index.js" in bundle["libraries"]
    assert not any(p.startswith("node_modules/express/") for p in bundle["libraries"]), "Liquefy's own express"
    installed = list((tmp_path / "npm-packages").glob("*/package-lock.json"))
    assert len(installed) == 1

    def no_npm(*args):
        raise AssertionError("npm ran again: the cache was not used")
    monkeypatch.setattr(packages, "run_npm", no_npm)
    heard = []
    _, again, _ = build("npm", files, progress=heard.append)
    assert again["libraries"] == bundle["libraries"]
    assert [e["type"] for e in heard] == ["npm.cached"]

    # with the lockfile npm made: `npm ci`, into a folder of its own
    monkeypatch.undo()
    monkeypatch.setenv("LIQUEFY_RUN_DIR", str(tmp_path))
    locked = dict(files, **{"package-lock.json": installed[0].read_bytes()})
    _, from_lock, _ = build("npm", locked)
    assert from_lock["libraries"] == bundle["libraries"]
    assert len(list((tmp_path / "npm-packages").glob("*/node_modules"))) == 2


def test_npm_failures_and_non_registry_dependencies_are_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("LIQUEFY_RUN_DIR", str(tmp_path))
    app = b"var x = require('x');\n"
    with pytest.raises(DeployError) as refused:
        build("npmfail", {"app.js": app, "package.json": b'{"dependencies": {"x": "file:../../etc"}}'})
    assert "not a version from the npm registry" in refused.value.message
    with pytest.raises(DeployError) as refused:
        build("npmfail", {"app.js": app, "package.json":
                          b'{"dependencies": {"liquefy-no-such-package-4f1c9e": "1.0.0"}}'})
    assert refused.value.message.startswith("npm install failed") and "404" in refused.value.message
    assert not list((tmp_path / "npm-packages").glob("*/node_modules")), "a failed install is not kept"


def test_top_level_package_setup_runs_on_every_node():
    files = {"app.js": "var express = require('express');\nvar counter = require('counter');\n"
                       "var greet = require('greeter')('hello');\n"
                       "counter.configure({ step: 5 });\n"
                       "var startedAt = counter.next();\n"
                       "var app = express();\n"
                       "app.get('/', function (req, res) { res.json({ greet: greet('ann'), step: counter.step, "
                       "startedAt: startedAt }); });\nmodule.exports = app;\n",
             **pkg("greeter", {}, {"index.js": "module.exports = function (word) {\n"
                                               "  return function (name) { return word + ' ' + name; };\n};\n"}),
             **pkg("counter", {}, {"index.js": "var n = 0;\nexports.step = 1;\n"
                                               "exports.configure = function (o) { exports.step = o.step; };\n"
                                               "exports.next = function () { n += exports.step; return n; };\n"})}
    with LocalService(files) as svc:
        answers = [svc.request("GET", "/") for _ in range(2)]  # one on each isolate
    # startedAt is made once, by main: its value travels; the setup calls ran on both nodes
    assert [a.json() for a in answers] == [{"greet": "hello ann", "step": 5, "startedAt": 5}] * 2


def test_outgoing_requests_fail_naming_the_package():
    files = {"app.js": "var express = require('express');\nvar client = require('client');\nvar http = require('http');\n"
                       "var app = express();\n"
                       "app.get('/pkg', function (req, res) {\n"
                       "  try { client.fetchIt(); } catch (e) { res.status(502).send(e.message); }\n});\n"
                       "app.get('/own', function (req, res) {\n"
                       "  try { http.get('http://x'); } catch (e) { res.status(502).send(e.message); }\n});\n"
                       "module.exports = app;\n",
             **pkg("client", {}, {"index.js": "var https = require('https');\n"
                                              "exports.fetchIt = function () { return https.request('https://x'); };\n"})}
    with LocalService(files) as svc:
        from_package, own = svc.request("GET", "/pkg"), svc.request("GET", "/own")
    assert from_package.text == ("Liquefy: package 'client' (node_modules/client/index.js) made an outgoing request "
                                 "with http.request, which is not available: a fluxion has no network or process access")
    assert own.text == ("Liquefy: outgoing requests with http.get are not available: a fluxion has no network or "
                        "process access")


def test_functions_packages_make_in_main_are_made_again_on_other_nodes():
    files = {"app.js": "var express = require('express');\nvar stamp = require('stamp');\nvar app = express();\n"
                       "app.use(stamp({ name: 'x-stamp', value: 'v1' }));\n"
                       "var shout = stamp.shouter('!');\n"
                       "app.get('/', function (req, res) { res.send(shout(res.get('x-stamp'))); });\n"
                       "module.exports = app;\n",
             **pkg("stamp", {}, {"index.js": "module.exports = function (o) {\n"
                                             "  return function stampIt(req, res, next) { res.set(o.name, o.value); next(); };\n"
                                             "};\nmodule.exports.shouter = function (end) {\n"
                                             "  return function (s) { return s.toUpperCase() + end; };\n};\n"})}
    with LocalService(files) as svc:
        answers = [svc.request("GET", "/") for _ in range(2)]  # main's isolate, then one that loaded its snapshot
    assert [(a.status, a.text, a.header("x-stamp")) for a in answers] == [(200, "V1!", "v1")] * 2


def test_builder_chains_and_arrays_made_in_main_are_made_again_step_by_step():
    # express-validator's style: body('x') makes a middleware whose methods add to it and return it
    builder = ("function rule(field) {\n"
               "  var checks = [];\n"
               "  function middleware(req, res, next) {\n"
               "    var v = String(req.query[field] || '');\n"
               "    req.failed = (req.failed || []).concat(checks.filter(function (c) { return !c.ok(v); })\n"
               "      .map(function (c) { return field + ' ' + c.name; }));\n"
               "    next();\n"
               "  }\n"
               "  middleware.min = function (n) { checks.push({ name: 'min ' + n, ok: function (v) { return v.length >= n; } }); return middleware; };\n"
               "  middleware.digits = function () { checks.push({ name: 'digits', ok: function (v) { return /^\\d*$/.test(v); } }); return middleware; };\n"
               "  return middleware;\n"
               "}\n"
               "exports.rule = rule;\n"
               "exports.schema = function (fields) { return fields.map(function (f) { return rule(f).min(1); }); };\n")
    files = {"app.js": "var express = require('express');\nvar v = require('rules');\nvar rule = v.rule;\n"
                       "var app = express();\n"
                       "app.get('/', rule('pin').min(4).digits(), v.schema(['name', 'city']), function (req, res) {\n"
                       "  res.json(req.failed);\n});\nmodule.exports = app;\n",
             **pkg("rules", {}, {"index.js": builder})}
    with LocalService(files) as svc:
        answers = [svc.request("GET", "/?pin=12a&city=x").json() for _ in range(2)]  # main's isolate, then another
    assert answers == [["pin min 4", "pin digits", "name min 1"]] * 2


def test_package_code_on_v8s_own_promises_finishes_within_the_message():
    files = {"app.js": "var express = require('express');\nvar lib = require('lib');\nvar app = express();\n"
                       "app.get('/then', function a(req, res) { lib.check(req).then(function () { res.send('then ' + req.checked); }); });\n"
                       "app.get('/mw', lib.middleware(), function b(req, res) { res.send('mw ' + req.checked); });\n"
                       "module.exports = app;\n",
             **pkg("lib", {}, {"index.js": "exports.check = async function (req) {\n"
                                           "  await null;\n  await new Promise(function (r) { r(); });\n"
                                           "  req.checked = true;\n};\n"
                                           "exports.middleware = function () {\n"
                                           "  return async function middleware(req, res, next) { await exports.check(req); next(); };\n};\n"})}
    with LocalService(files) as svc:
        answers = [svc.request("GET", path) for path in ("/then", "/mw", "/then", "/mw")]
    assert [(a.status, a.text) for a in answers] == [(200, "then true"), (200, "mw true")] * 2


def test_debug_writes_to_the_log_when_enabled():
    from executor.packages import read_folder
    from tests.support.stack import NODE_MODULES
    files = {"app.js": "var express = require('express');\nvar log = require('debug')('shop:orders');\n"
                       "var quiet = require('debug')('other');\nvar app = express();\n"
                       "app.get('/', function (req, res) { log('order %d of %s', 7, 'ann'); quiet('not shown');\n"
                       "  res.json({ enabled: log.enabled, quiet: quiet.enabled, tty: require('tty').isatty(2) }); });\n"
                       "module.exports = app;\n",
             "package.json": '{"dependencies": {"debug": "2.6.9"}}',
             **read_folder(str(NODE_MODULES / "debug"), "node_modules/debug"),
             **read_folder(str(NODE_MODULES / "ms"), "node_modules/ms")}
    with LocalService(files, env={"DEBUG": "shop:*"}) as svc:
        answer = svc.request("GET", "/")
    assert answer.json() == {"enabled": True, "quiet": False, "tty": False}
    assert len(answer.logs) == 1 and answer.logs[0].endswith("shop:orders order 7 of ann")


def test_an_es_module_package_loads_and_es_syntax_in_commonjs_fails_saying_so():
    app = ("var express = require('express');\nvar app = express();\n"
           "app.get('/:name', function (req, res) {\n"
           "  try { res.send('loaded ' + require(req.params.name).x); } catch (e) { res.status(500).send(e.message); }\n"
           "});\nmodule.exports = app;\n")
    files = {"app.js": app, "package.json": '{"dependencies": {"modern": "1", "confused": "1"}}',
             **pkg("modern", {"type": "module"}, {"index.js": "import fs from 'fs';\nexport const x = 1;\n"}),
             **pkg("confused", {}, {"index.js": "import fs from 'fs';\nexport const x = 2;\n"})}
    with LocalService(files) as svc:
        modern, confused = svc.request("GET", "/modern"), svc.request("GET", "/confused")
    assert (modern.status, modern.text) == (200, "loaded 1")
    assert confused.status == 500 and confused.text.startswith("node_modules/confused/index.js: ")
    assert confused.text.endswith('(ES module syntax in a file Node.js loads as CommonJS: no "type": "module" in its '
                                  'package.json, see docs/packages.md)')


def test_a_package_the_code_requires_travels_even_if_package_json_forgot_it():
    files = {"app.js": b"var express = require('express');\nvar beta = require('beta');\n",
             "package.json": b'{"dependencies": {"express": "4.21.2"}}',
             **{k: v.encode() for k, v in pkg("beta", {}, {"index.js": "exports.version = 1;\n"}).items()},
             **{k: v.encode() for k, v in pkg("unused", {}, {"index.js": ""}).items()}}
    _, bundle, _ = build("forgot", files)
    assert sorted(bundle["libraries"]) == ["node_modules/beta/index.js", "node_modules/beta/package.json"]


def test_a_package_json_listing_no_dependencies_ships_only_what_the_code_requires():
    """`{"type": "module"}` next to a big node_modules/ (the tests upload their shared one):
    every package of it in each isolate's heap went over its limit after a few messages."""
    files = {"app.js": b"var express = require('express');\nvar beta = require('beta');\n",
             "package.json": b'{"name": "esm", "type": "commonjs"}',
             **{k: v.encode() for k, v in pkg("beta", {}, {"index.js": "exports.version = 1;\n"}).items()},
             **{k: v.encode() for k, v in pkg("unused", {}, {"index.js": ""}).items()}}
    _, bundle, _ = build("no-deps", files)
    assert sorted(bundle["libraries"]) == ["node_modules/beta/index.js", "node_modules/beta/package.json"]
    del files["package.json"]  # without one, every package may be what a require finds
    _, bundle, _ = build("no-manifest", files)
    assert {packages.Packages.folder_of(p) for p in bundle["libraries"]} == {"node_modules/beta", "node_modules/unused"}


# A schema builder in zod's style: each schema binds its methods to itself, so it cannot travel.
SCHEMAS = ("class Schema {\n"
           "  constructor(check, parts) { this.check = check; this.parts = parts || []; this.parse = this.parse.bind(this); }\n"
           "  parse(v) { if (!this.check(v)) throw new Error('invalid'); return v; }\n"
           "  strict() { return new Schema(this.check, this.parts.concat('strict')); }\n"
           "}\n"
           "var made = 0;\n"
           "exports.string = function () { made++; return new Schema(function (v) { return typeof v === 'string'; }); };\n"
           "exports.object = function (shape) { made++; return new Schema(function (v) {\n"
           "  return Object.keys(shape).every(function (k) { return shape[k].check(v[k]); }); }); };\n"
           "exports.next = function () { made++; return made; };\n")


def test_setups_without_arguments_are_made_again_on_every_node_and_main_keeps_what_travels():
    files = {"app.js": "var express = require('express');\nvar s = require('schemas');\n"
                       "const Name = s.string();\n"
                       "const User = s.object({ name: Name }).strict();\n"
                       "const startedAt = s.next();\n"
                       "var users = [];\nvar app = express();\n"
                       "function keep(u) { users.push(u); return u; }\n"
                       "app.get('/:name', function (req, res) {\n"
                       "  var user = keep(User.parse({ name: req.params.name }));\n"
                       "  res.json({ users: users.length, parts: User.parts, startedAt: startedAt, name: user.name });\n"
                       "});\nmodule.exports = app;\n",
             **pkg("schemas", {}, {"index.js": SCHEMAS})}
    with LocalService(files) as svc:
        answers = [svc.request("GET", f"/{n}").json() for n in ("ann", "bob", "cy")]  # main's isolate, then another
    # the schemas are each node's own; startedAt, which travels, is main's
    assert answers == [{"users": i, "parts": ["strict"], "startedAt": 3, "name": n}
                       for i, n in enumerate(("ann", "bob", "cy"), 1)]


LRU = ("class Cache {\n"
       "  #items = new Map();\n"
       "  #max;\n"
       "  constructor(o) { this.#max = o.max; this.name = o.name; }\n"
       "  set(k, v) { this.#items.delete(k); this.#items.set(k, v);\n"
       "    if (this.#items.size > this.#max) this.#items.delete(this.#items.keys().next().value); return this; }\n"
       "  get(k) { return this.#items.get(k); }\n"
       "  keys() { return [...this.#items.keys()]; }\n"
       "}\nexports.Cache = Cache;\n")


def test_a_package_instance_with_private_fields_is_kept_where_its_unit_runs_and_travels():
    files = {"app.js": "var express = require('express');\nvar { Cache } = require('lru');\n"
                       "var cache = new Cache({ max: 2, name: 'c' });\nvar app = express();\n"
                       "app.get('/set/:k', function (req, res) { cache.set(req.params.k, 1); res.json(cache.keys()); });\n"
                       "var later;\n"
                       "app.get('/later', function (req, res) { later = new Cache({ max: 1 }); res.json(cache.name); });\n"
                       "module.exports = app;\n",
             **pkg("lru", {}, {"index.js": LRU})}
    with LocalService(files, nodes=1) as svc:
        keys = [svc.request("GET", f"/set/{k}").json() for k in "abc"]
        later = svc.request("GET", "/later")
    assert keys == [["a"], ["a", "b"], ["b", "c"]]
    # one made in a handler is kept in the unit's state with its private fields: the package's
    # class registers them as the service's classes do (executor/package_privates.py)
    assert later.json() == "c" and not svc.errors


LOADER = ("class Loader {\n"
          "  #load; #pending = new Map(); #done = new Map();\n"
          "  constructor(o) { this.#load = o.load; }\n"
          "  fetch(k) {\n"
          "    if (this.#done.has(k)) return Promise.resolve(this.#done.get(k));\n"
          "    if (!this.#pending.has(k)) {\n"
          "      const p = new Promise((resolve, reject) => {\n"
          "        this.#load(k).then((v) => { this.#done.set(k, v); this.#pending.delete(k); resolve(v); }, reject);\n"
          "      });\n"
          "      this.#pending.set(k, p);\n"
          "    }\n"
          "    return this.#pending.get(k);\n"
          "  }\n"
          "}\nexports.Loader = Loader;\n")


def test_a_timer_whose_promise_a_package_then_reacts_to_runs_in_its_message():
    """The service's loader awaits a short timer; the package reacts to the loader's promise
    with a closure of its own after the timer was set: the resolver could travel when set, not
    any more at the message's end, so the timer runs in the message (pkg-lru-cache-fetch)."""
    files = {"app.js": "var express = require('express');\nvar { Loader } = require('loader');\n"
                       "var loads = 0;\n"
                       "var cache = new Loader({ load: async (k) => {\n"
                       "  loads += 1;\n"
                       "  await new Promise((resolve) => setTimeout(resolve, 5));\n"
                       "  return k + loads;\n"
                       "} });\nvar app = express();\n"
                       "app.get('/:k', async function (req, res) { res.json([await cache.fetch(req.params.k), loads]); });\n"
                       "module.exports = app;\n",
             **pkg("loader", {}, {"index.js": LOADER})}
    with LocalService(files, nodes=1) as svc:
        answers = [svc.request("GET", f"/{k}") for k in "aab"]
        assert [a and a.json() for a in answers] == [["a1", 1], ["a1", 1], ["b2", 2]], svc.errors


@pytest.mark.parametrize("spec, major", [
    ("^5.1.0", 5), ("5.x", 5), (">=5", 5), ("5", 5), ("~5.0.1", 5), ("5.1.0", 5), (">=5 <6", 5),
    ("5.0.0 - 5.2", 5), ("^4.21.2", 4), ("4.x", 4), ("*", 4), ("latest", 4), (">=4", 4),
    ("^4 || ^5", 4), (">=4.18.0 <6", 4), ("", 4), ("file:../express", 4), (None, 4)])
def test_express_5_only_for_a_range_that_admits_only_5(spec, major):
    manifest = {"dependencies": {"express": spec}} if spec is not None else {"dependencies": {}}
    assert packages.express_major(manifest) == major


def test_the_deployment_tells_the_runtime_which_express():
    app = "var express = require('express'); module.exports = express();"
    five = {"app.js": app, "package.json": json.dumps({"dependencies": {"express": "^5.1.0"}})}
    assert build("p", five)[1]["config"]["express"] == 5
    assert build("p", {"app.js": app})[1]["config"]["express"] == 4
