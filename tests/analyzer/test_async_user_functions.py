"""A program function whose callback parameter reaches a rupture point is asynchronous too."""

from .helpers import assert_fluxions, diagnostic_lines, has_stream, signature, stream, summary, variable

HANDED_ON = """
    var express = require('express');
    var fs = require('fs');
    var app = express();
    function load(name, cb) {
      fs.readFile(name, 'utf8', cb);
    }
    app.get('/', function h(req, res) {
      load('a.txt', function loaded(err, text) {
        res.send(text);
      });
    });
"""

POSTER = """
    var express = require('express');
    var app = express();
    function callExternalDB(userId, result, callback) {
      setTimeout(function answer() {
        callback({ ok: userId !== 'nobody', stored: result });
      }, 2);
    }
    function store(userId, req, res, callback) {
      var result = { user: userId };
      callExternalDB(userId, result, function (result) {
        if (result.ok) return callback(result);
        res.status(404).send('unknown user');
      });
    }
    app.get('/:id', function (req, res) {
      return store(req.params.id, req, res, function (result) {
        res.send(result);
      });
    });
"""


def test_callback_parameter_handed_to_a_rupture_point_is_post():
    assert_fluxions(HANDED_ON, ["main", ("start", 7), ("post", 8, "loaded")])


def test_stream_goes_from_the_caller_to_the_callback():
    s = stream(HANDED_ON, 7, 8)
    assert (s["type"], s["callee"]) == ("post", "fs.readFile") and "res" in signature(HANDED_ON, 7, 8)


def test_poster_pattern_has_one_continuation():
    assert_fluxions(POSTER, ["main", ("post", 4, "answer"), ("start", 15)])


def test_poster_continuation_carries_the_callback_chain():
    assert {"callback", "userId", "result"} <= signature(POSTER, 15, 4)


def test_poster_stream_is_the_timer():
    assert stream(POSTER, 15, 4)["callee"] == "setTimeout"


def test_callback_called_in_a_continuation_of_a_two_level_wrapper():
    src = """
        function later(cb) { setTimeout(function fire() { cb('done'); }, 1); }
        function wrap(done) { later(function inner(v) { done(v + '!'); }); }
        setImmediate(function go() {
          var tag = 'x';
          wrap(function finished(v) { console.log(v + tag); });
        });
    """
    assert has_stream(src, 3, 1) and "cb" in signature(src, 3, 1)
    tag = variable(src, "tag")
    assert tag["kind"] == "stream" and "fire" in tag["fluxions"]
    assert 1 in diagnostic_lines(src, "closure-crosses")


def test_callback_called_synchronously_stays_in_the_caller():
    src = """
        function now(cb) { cb(42); }
        setImmediate(function go() { now(function got(v) { console.log(v); }); });
    """
    assert_fluxions(src, ["main", ("post", 2, "go")])


def test_exported_async_helper_in_an_object_literal():
    src = """
        var util = { later: function (cb) { setImmediate(cb); } };
        util.later(function done() {});
    """
    assert_fluxions(src, ["main", ("post", 2, "done")])


def test_class_method_handing_its_callback_to_a_timer():
    src = """
        class Store {
          save(cb) { setTimeout(cb, 1); }
        }
        new Store().save(function saved() {});
    """
    assert ("post", 4) in summary(src)


def test_static_method_and_constructor_handing_their_callback_to_a_timer():
    src = """
        class Job {
          constructor(cb) { setTimeout(cb, 1); }
          static later(cb) { setImmediate(cb); }
        }
        new Job(function built() {});
        Job.later(function deferred() {});
    """
    assert {("post", 5), ("post", 6)} <= set(summary(src))
