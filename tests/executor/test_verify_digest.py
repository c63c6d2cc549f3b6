"""Verify mode's digest (executor/runtime/verify.js), alone in a V8 isolate.

Each test builds a value, digests it, changes it (or not) and digests it again:
the paths the runtime would report must be exactly the ones written.
"""
import json

import pytest
from py_mini_racer import MiniRacer

from executor.runtime import HERE

# What verify.js takes from the runtime's core: functions tagged with their captured
# variables, values of the runtime (walked never), private fields of classes.
FAKE_CORE = """
globalThis.__rt = {fnInfo: new WeakMap(), isRuntimeValue: (v) => v === globalThis.runtimeThing,
                   privateValues: () => null, privateStaticValues: (c) => (statics.has(c) ? statics.get(c)() : null),
                   generatorSteps: (g) => steps.get(g)};
const statics = new Map();  // what the compiler registers for a class's `static #x` (executor/privates.py)
const steps = new WeakMap();  // how many calls advanced a generator object (core.js, `rt.gen`)
function generator(n) { const g = (function* () {})(); steps.set(g, n); return g; }
globalThis.runtimeThing = {counter: 0};
function tag(fn, id, env) { __rt.fnInfo.set(fn, {k: "fn", id: id, env: env}); return fn; }
function check(build, change, limits) {
  const v = build();
  const before = __rt.verifyDigest([["state", v]], limits || {maxValues: 100000, maxDepth: 100});
  change(v);
  const after = __rt.verifyDigest([["state", v]], limits || {maxValues: 100000, maxDepth: 100});
  return JSON.stringify({wrote: __rt.verifyChanges(before, after, 10).map((c) => c.path), capped: after.capped});
}
"""


@pytest.fixture(scope="module")
def js():
    ctx = MiniRacer()
    ctx.eval(FAKE_CORE)
    # verify.js is a module of the runtime's loader: its require("./core") gets the fake core
    source = (HERE / "verify.js").read_text()
    ctx.eval(f"(function (exports, require, module) {{{source}\n}})({{}}, () => globalThis.__rt, {{}})")
    yield ctx
    ctx.close()


def wrote(js, build, change, limits=None):
    limits = json.dumps(limits) if limits else "undefined"
    return json.loads(js.eval(f"check(() => ({build}), (v) => {{ {change} }}, {limits})"))["wrote"]


def test_nothing_changed_nothing_reported(js):
    value = ("{n: 1, s: 'x', list: [1, {a: 2}], m: new Map([['k', {z: 1}]]), set: new Set([1, 'a']), "
             "d: new Date(5), bytes: new Uint8Array([1, 2, 3]), re: /a/g, neg: -0, big: 10n}")
    assert wrote(js, value, "") == []
    assert wrote(js, value, "v.list[1].a = 2; v.m.set('k', v.m.get('k'));") == []  # same values written again


def test_fields_of_nested_objects(js):
    assert wrote(js, "{hits: 0, inner: {deep: {x: 1}}}", "v.hits++;") == ["state.hits"]
    assert wrote(js, "{hits: 0, inner: {deep: {x: 1}}}", "v.inner.deep.x = 2;") == ["state.inner.deep.x"]
    assert wrote(js, "{a: 1}", "v.b = 2;") == ["state.b"]  # a new key
    assert wrote(js, "{a: 1, b: 2}", "delete v.a;") == ["state.a"]
    assert wrote(js, "{'odd key': 1}", "v['odd key'] = 2;") == ['state["odd key"]']
    assert wrote(js, "{a: 1, b: 1, c: 1}", "v.a = 2; v.c = 2;") == ["state.a", "state.c"]
    assert wrote(js, "{a: 1, b: 2}", "delete v.a; v.a = 1;") == ["state"]  # the same fields in another order


def test_a_binding_replaced(js):
    assert json.loads(js.eval("""(() => {
        let store = {a: 1};
        const limits = {maxValues: 1000, maxDepth: 10};
        const before = __rt.verifyDigest([["app.js:store", store], ["app.js:n", 1]], limits);
        store = {a: 1};
        const after = __rt.verifyDigest([["app.js:store", store], ["app.js:n", 1]], limits);
        return JSON.stringify(__rt.verifyChanges(before, after, 10).map((c) => c.path));
    })()""")) == ["app.js:store"]


def test_arrays(js):
    assert wrote(js, "{items: [1, 2]}", "v.items.push(3);") == ["state.items"]
    assert wrote(js, "{items: [{done: false}]}", "v.items[0].done = true;") == ["state.items[0].done"]
    assert wrote(js, "{items: [1, 2]}", "v.items.reverse();") == ["state.items"]


def test_maps_and_sets(js):
    assert wrote(js, "{m: new Map()}", "v.m.set('a', 1);") == ['state.m.get("a")']
    assert wrote(js, "{m: new Map([['a', 1]])}", "v.m.set('a', 2);") == ['state.m.get("a")']
    assert wrote(js, "{m: new Map([['a', {n: 1}]])}", "v.m.get('a').n++;") == ['state.m.get("a").n']
    assert wrote(js, "{s: new Set([1])}", "v.s.add(2);") == ["state.s"]
    assert wrote(js, "{s: new Set([1])}", "v.s.clear();") == ["state.s"]
    assert wrote(js, "{s: new Set([{n: 1}])}", "for (const o of v.s) o.n = 5;") == ["state.s.values().n"]


def test_cycles_and_shared_objects(js):
    build = "(() => { const a = {name: 'a'}; const b = {peer: a}; a.peer = b; return {a: a, b: b, list: [a, b]}; })()"
    assert wrote(js, build, "") == []
    assert wrote(js, build, "v.b.name = 'b';") == ["state.b.name"]  # found once, by its first path
    assert wrote(js, build, "v.a.peer = v.a;") == ["state.a.peer"]


def test_class_instances(js):
    build = "(() => { class Counter { constructor() { this.n = 0; } bump() { this.n++; } } return {c: new Counter()}; })()"
    assert wrote(js, build, "v.c.bump();") == ["state.c.n"]
    assert wrote(js, build, "v.c.constructor.prototype.extra = 1;") == ["state.c.__proto__.extra"]
    assert wrote(js, build, "Object.setPrototypeOf(v.c, {});") == ["state.c"]


def test_closures_where_the_runtime_knows_them(js):
    build = """(() => { const captured = {count: 0};
        return {fn: tag(function () { captured.count++; }, "f1", () => ({captured: captured}))}; })()"""
    assert wrote(js, build, "v.fn();") == ["state.fn(captured).count"]
    assert wrote(js, "{fn: function f() {}}", "v.fn.cache = {};") == ["state.fn.cache"]  # a function's own fields


def test_a_generator_advanced(js):
    assert wrote(js, "{g: generator(3)}", "") == []
    assert wrote(js, "{g: generator(3)}", "steps.set(v.g, 4);") == ["state.g"]


def test_dates_and_typed_arrays(js):
    assert wrote(js, "{d: new Date(0)}", "v.d.setTime(1000);") == ["state.d"]
    assert wrote(js, "{b: new Uint8Array(4)}", "v.b[2] = 7;") == ["state.b"]
    assert wrote(js, "{b: new Float64Array(2)}", "v.b.fill(1.5);") == ["state.b"]
    assert wrote(js, "{buf: new ArrayBuffer(8)}", "new DataView(v.buf).setInt8(0, 1);") == ["state.buf"]


def test_numbers_keep_their_identity(js):
    assert wrote(js, "{z: 0}", "v.z = -0;") == ["state.z"]
    assert wrote(js, "{x: NaN}", "v.x = NaN;") == []
    assert wrote(js, "{x: '1'}", "v.x = 1;") == ["state.x"]


def test_getters_are_not_called(js):
    assert wrote(js, "{get boom() { throw new Error('called'); }}", "") == []


def test_runtime_values_are_not_walked(js):
    assert wrote(js, "{rt: runtimeThing}", "v.rt.counter++;") == []


def test_caps(js):
    wide = "{list: [1, 2, 3, 4, 5, 6, 7, 8], tail: {x: 1}}"
    few = {"maxValues": 5, "maxDepth": 100}
    assert wrote(js, wide, "v.list[0] = 9;", few) == ["state.list"]
    assert wrote(js, wide, "v.tail.x = 2;", few) == []  # past the cap: unseen
    assert capped(js, wide, few) and not capped(js, wide, {"maxValues": 100, "maxDepth": 100})
    deep = "{a: {b: {c: {d: {e: 1}}}}}"
    shallow = {"maxValues": 1000, "maxDepth": 2}
    assert wrote(js, deep, "v.a.b.c.d.e = 2;", shallow) == []
    assert wrote(js, deep, "v.a.b.x = 2;", shallow) == ["state.a.b.x"]
    assert capped(js, deep, shallow)


def capped(js, build, limits):
    return json.loads(js.eval(f"check(() => ({build}), (v) => {{}}, {json.dumps(limits)})"))["capped"]


def test_the_digest_is_deterministic(js):
    digests = js.eval("""(() => {
        const v = {m: new Map([[{k: 1}, [1, 2]]]), s: new Set(['x']), d: new Date(3)};
        const a = __rt.verifyDigest([["v", v]], {maxValues: 1000, maxDepth: 10});
        const b = __rt.verifyDigest([["v", v]], {maxValues: 1000, maxDepth: 10});
        return JSON.stringify([Array.from(a.records.values()), Array.from(b.records.values())]);
    })()""")
    first, second = json.loads(digests)
    assert first == second and len(first) == 7


# -- the whole runtime, in mini-racer (tests/executor/runtime_harness.py) ----------------

WRITER = """const express = require('express');
const app = express();
const stats = {hits: 0, seen: new Set()};
function note(path) { stats.hits++; stats.seen.add(path); }
app.get('/count/:n', (req, res) => { note(req.params.n); res.json({ok: true}); });
app.get('/read', (req, res) => res.json({hits: stats.hits}));
app.listen(3000);
"""


def test_the_runtime_reports_a_replicated_write_and_locates_it_once_traced():
    from tests.executor.runtime_harness import VERIFY_CAPS, LocalService
    with LocalService({"app.js": WRITER}, nodes=1, overrides={"app.js:4:22": "read-only", "app.js:4:36": "read-only"},
                      verify=VERIFY_CAPS) as svc:
        assert svc.bundle["units"]["get_count_n"]["replicated"]
        svc.fail_on_verify = False
        for n in ("a", "b"):
            assert svc.request("GET", f"/count/{n}").status == 200
        assert svc.request("GET", "/read").status == 200
        first, second, read = (v["wrote"] for v in svc.verified)
        assert first == [{"path": "app.js:stats.hits", "file": None, "line": None},
                         {"path": "app.js:stats.seen", "file": None, "line": None}]
        assert second == [{"path": "app.js:stats.hits", "file": "app.js", "line": 4},
                          {"path": "app.js:stats.seen", "file": None, "line": None}]
        assert read == []


def test_the_harness_fails_a_request_on_a_verify_error_when_the_tests_run():
    from tests.executor.runtime_harness import LocalService, VerifyFailed
    with LocalService({"app.js": WRITER}, overrides={"app.js:4:22": "read-only", "app.js:4:36": "read-only"}) as svc:
        assert svc.verify is not None, "tests/session_redis.py turns verify mode on"
        with pytest.raises(VerifyFailed):
            svc.request("GET", "/count/a")


def test_bindings_of_a_module_first_required_during_the_message_are_not_writes(js):
    assert json.loads(js.eval("""(() => {
        const limits = {maxValues: 1000, maxDepth: 10};
        const before = __rt.verifyDigest([["app.js:n", 1]], limits);
        const after = __rt.verifyDigest([["app.js:n", 1], ["lazy.js:cache", {}]], limits);
        const changed = __rt.verifyDigest([["app.js:n", 2], ["lazy.js:cache", {}]], limits);
        return JSON.stringify([__rt.verifyChanges(before, after, 10), __rt.verifyChanges(before, changed, 10)
            .map((c) => c.path)]);
    })()""")) == [[], ["app.js:n"]]


def test_class_statics(js):
    assert wrote(js, "(() => { class Hits { static count = 0; } return {Hits: Hits}; })()", "v.Hits.count++;") == \
        ["state.Hits.count"]
    private = """(() => { let next = 1; class Ids { static take() { return next++; } }
        statics.set(Ids, () => [next]);  // as the compiler's static block reads `this.#next`
        return {Ids: Ids}; })()"""
    assert wrote(js, private, "v.Ids.take();") == ["state.Ids"]
    assert wrote(js, private, "") == []


def test_each_written_field_of_an_object_is_traced_to_its_line():
    from tests.executor.runtime_harness import VERIFY_CAPS, LocalService
    app = """const express = require('express');
const app = express();
const stats = {a: 0, b: 0};
app.get('/a', (req, res) => { stats.a++; res.end(); });
app.get('/b', (req, res) => {
  stats.b++;
  res.end();
});
app.listen(3000);
"""
    with LocalService({"app.js": app}, nodes=1, overrides={"app.js:4:30": "read-only", "app.js:6:2": "read-only"},
                      verify=VERIFY_CAPS) as svc:
        svc.fail_on_verify = False
        for path in ("/a", "/a", "/b", "/b"):
            svc.request("GET", path)
        assert [(c["path"], c["line"]) for v in svc.verified for c in v["wrote"]] == [
            ("app.js:stats.a", None), ("app.js:stats.a", 4), ("app.js:stats.b", None), ("app.js:stats.b", 6)]
