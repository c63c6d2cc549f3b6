"""Continuations inside continuations form one chain of `post` streams."""
from .helpers import assert_fluxions, has_stream, signature, stream

CHAIN = """
    var fs = require('fs');
    var express = require('express');
    var app = express();
    app.get('/', function h(req, res) {
      var a = 1;
      fs.readFile('a', function r1(err, d1) {
        var b = a + 1;
        fs.readFile('b', function r2(err, d2) {
          fs.readFile('c', function r3(err, d3) {
            res.send(a + b + d1 + d2 + d3);
          });
        });
      });
    });
"""


def test_every_level_is_a_post_fluxion():
    assert_fluxions(CHAIN, ["main", ("start", 4), ("post", 6), ("post", 8), ("post", 9)])


def test_streams_link_each_level_to_the_next():
    assert [stream(CHAIN, a, b)["type"] for a, b in [(4, 6), (6, 8), (8, 9)]] == ["post"] * 3


def test_no_stream_skips_a_level():
    assert not has_stream(CHAIN, 4, 8) and not has_stream(CHAIN, 4, 9) and not has_stream(CHAIN, 6, 9)


def test_variables_travel_through_the_intermediate_levels():
    assert {"res", "a"} <= signature(CHAIN, 4, 6)
    assert {"res", "a", "b", "d1"} <= signature(CHAIN, 6, 8)
    assert {"res", "a", "b", "d1", "d2"} <= signature(CHAIN, 8, 9)


def test_variables_declared_downstream_are_not_carried_upstream():
    assert not {"b", "d1", "d2", "d3"} & signature(CHAIN, 4, 6)


def test_mixed_callees_in_one_chain():
    src = """
        var express = require('express');
        var app = express();
        app.get('/', function h(req, res) {
          setTimeout(function later() {
            process.nextTick(function tock() {
              setImmediate(function imm() { res.end(); });
            });
          }, 1);
        });
    """
    assert_fluxions(src, ["main", ("start", 3), ("post", 4), ("post", 5), ("post", 6)])
    assert [stream(src, a, b)["callee"] for a, b in [(3, 4), (4, 5), (5, 6)]] == \
        ["setTimeout", "process.nextTick", "setImmediate"]


def test_sibling_continuations_both_come_from_the_handler():
    src = """
        var fs = require('fs');
        fs.readFile('a', function outer(err) {
          fs.stat('b', function s1(err, st) {});
          fs.readdir('c', function s2(err, names) {});
        });
    """
    assert has_stream(src, 2, 3) and has_stream(src, 2, 4) and not has_stream(src, 3, 4)
