"""Timers: setTimeout, setImmediate, process.nextTick continue (`post`); setInterval listens (`start`)."""
from .helpers import assert_fluxions, fluxion, kind_of, same_group, signature, stream

TIMERS = """
    setTimeout(function once() {}, 10);
    setInterval(function tick() {}, 10);
    setImmediate(function soon() {});
    process.nextTick(function next() {});
    queueMicrotask(function micro() {});
"""


def test_kinds_of_timer_callbacks():
    assert_fluxions(TIMERS, ["main", ("post", 1), ("start", 2), ("post", 3), ("post", 4), ("post", 5)])


def test_callee_is_the_timer_as_written():
    assert [stream(TIMERS, "main", n)["callee"] for n in range(1, 6)] == \
        ["setTimeout", "setInterval", "setImmediate", "process.nextTick", "queueMicrotask"]


def test_stream_types_follow_the_fluxion_kinds():
    assert [stream(TIMERS, "main", n)["type"] for n in range(1, 6)] == ["post", "start", "post", "post", "post"]


def test_anonymous_timer_callbacks_are_named_after_the_timer_and_line():
    src = """
        setTimeout(() => {}, 5);
        setInterval(function () {}, 5);
    """
    assert (fluxion(src, 1)["name"], fluxion(src, 2)["name"]) == ("setTimeout_1", "setInterval_2")


def test_timer_inside_a_handler_carries_its_variables():
    src = """
        var express = require('express');
        var app = express();
        app.get('/', function h(req, res) {
          var started = Date.now();
          setTimeout(function later() { res.send('' + (Date.now() - started)); }, 1);
        });
    """
    assert {"res", "started"} <= signature(src, 3, 5)


def test_extra_timer_arguments_are_not_callbacks():
    src = """
        function cb(x) {}
        function other() {}
        setTimeout(cb, 10, other);
    """
    assert_fluxions(src, ["main", ("post", 1, "cb")])


def test_clear_timeout_is_not_a_rupture():
    src = """
        var t = setTimeout(function later() {}, 5);
        clearTimeout(t);
        clearInterval(t);
    """
    assert_fluxions(src, ["main", ("post", 1)])


def test_interval_that_clears_itself():
    src = """
        var n = 0;
        var handle = setInterval(function tick() {
          n += 1;
          if (n > 3) clearInterval(handle);
        }, 10);
    """
    assert_fluxions(src, ["main", ("start", 2)])
    assert kind_of(src, "n") == kind_of(src, "handle") == "scope"


def test_recursive_timeout():
    src = """
        function loop() { setTimeout(loop, 100); }
        loop();
    """
    assert_fluxions(src, ["main", ("post", 1, "loop")])


def test_timers_sharing_a_counter_are_grouped():
    src = """
        var n = 0;
        setTimeout(function once() { n += 1; }, 10);
        setInterval(function tick() { n += 2; }, 10);
        setImmediate(function soon() { console.log(n); });
    """
    assert kind_of(src, "n") == "share" and same_group(src, 2, 3, 4)
