"""Which pending promises the runtime moves to Redis at the end of a message: those
that two encoded roots reach (two messages, a message and a unit's state or main's
snapshot), and no other. The behaviour of shared promises on live nodes is tested
against Node.js by tests/services/shared-promises (tests/differential)."""
from tests.executor.runtime_harness import LocalService

HEAD = """
var express = require('express');
var fs = require('fs');
var app = express();
function later(ms, value) { return new Promise(function (resolve) { setTimeout(function () { resolve(value); }, ms); }); }
"""
TAIL = "\nmodule.exports = app;\n"


def service(body):
    return LocalService({"app.js": HEAD + body + TAIL})


def ops(svc, name):
    return [e for e in svc.emitted if e["op"] == name]


def test_an_awaited_timer_promise_stays_data():
    with service("app.get('/', async function (req, res) { res.send(await later(5, 'late')); });") as svc:
        assert svc.request("GET", "/").text == "late"
        assert ops(svc, "promiseCreate") == []


def test_a_then_chain_over_a_file_read_stays_data():
    with service("""
app.get('/', function (req, res) {
  fs.promises.readFile(__filename, 'utf8').then(function (t) { return t.length; }).then(function (n) { res.send('n' + n); });
});""") as svc:
        assert svc.request("GET", "/").text.startswith("n")
        assert ops(svc, "promiseCreate") == []


def test_promise_all_joins_without_sharing_its_promise():
    with service("""
app.get('/', function (req, res) {
  Promise.all([later(5, 'a'), later(1, 'b')]).then(function (v) { res.json(v); });
});""") as svc:
        svc.request("GET", "/")
        assert len(ops(svc, "joinCreate")) == 1
        assert ops(svc, "promiseCreate") == []


def test_a_promise_settled_from_two_timers_is_shared():
    with service("""
app.get('/', function (req, res) {
  new Promise(function (resolve, reject) {
    setTimeout(function () { resolve('first'); }, 1);
    setTimeout(function () { reject(new Error('second')); }, 9);
  }).then(function (v) { res.send(v); });
});""") as svc:
        svc.request("GET", "/")
        created = ops(svc, "promiseCreate")
        assert len(created) == 1 and created[0]["kept"] is False
        assert len(created[0]["jobs"]) == 1  # the reaction waits in Redis, with where it runs
        assert set(created[0]["jobs"][0]) == {"fn", "fulfilled", "rejected"}
        settles = ops(svc, "promiseSettle")
        assert [s["args"][0] for s in settles] == ["fulfilled", "rejected"]  # Redis keeps the first only


def test_a_pending_promise_of_the_top_level_is_kept():
    with service("var ready = later(20, 'warm');\napp.get('/', function (req, res) { ready.then(function (s) { res.send(s); }); });") as svc:
        created = ops(svc, "promiseCreate")
        assert len(created) == 1 and created[0]["kept"] is True
        svc.request("GET", "/")
        assert len(ops(svc, "promiseThen")) == 1


def test_a_promise_the_top_level_settles_is_snapshotted_settled():
    with service("""
var config = fs.promises.readFile(__filename, 'utf8').then(function (t) { return t.length; });
app.get('/', function (req, res) { config.then(function (n) { res.send('n' + n); }); });""") as svc:
        assert ops(svc, "promiseCreate") == []
        assert svc.request("GET", "/").text.startswith("n")


def test_a_promise_stored_in_a_unit_state_and_a_timer_is_kept():
    with service("""
var job = null;
app.post('/start', function (req, res) { job = later(50, 'done'); res.send('started'); });
app.get('/wait', function (req, res) { job.then(function (v) { res.send(v); }); });""") as svc:
        svc.request("POST", "/start")
        created = ops(svc, "promiseCreate")
        assert len(created) == 1 and created[0]["kept"] is True


def test_a_promise_an_interval_carries_is_shared():
    with service("""
app.get('/', function (req, res) {
  var ticks = 0;
  new Promise(function (resolve) {
    var timer = setInterval(function () { ticks += 1; if (ticks > 1) { clearInterval(timer); resolve(ticks); } }, 5);
  }).then(function (n) { res.send('after ' + n); });
});""") as svc:
        svc.request("GET", "/")
        assert len(ops(svc, "promiseCreate")) == 1


def test_a_shared_promise_resolved_with_a_pending_one_settles_when_that_one_does():
    """`.finally()` resolves its promise with the promise its callback's result makes:
    when the `.finally` promise is shared (kept in a unit's state, as a cache of
    in-flight loads keeps it), its settlement must still reach Redis."""
    with service("""
var inflight = new Map();
app.get('/', function (req, res) {
  if (!inflight.has('k')) inflight.set('k', later(5, 'loaded').finally(function () { inflight.delete('k'); }));
  inflight.get('k').then(function (v) { res.send(v); });
});""") as svc:
        svc.request("GET", "/")
        [created] = ops(svc, "promiseCreate")
        settles = [s for s in ops(svc, "promiseSettle") if s["id"] == created["id"]]
        assert [s["args"] for s in settles] == [["fulfilled", "loaded"]]
