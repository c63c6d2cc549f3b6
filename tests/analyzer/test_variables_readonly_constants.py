"""A module variable no fluxion writes is `scope`, copied read-only into every reader's context."""
from .helpers import context, group_of, kind_of, signature, variable

CONSTANTS = """
    var express = require('express');
    var fs = require('fs');
    var app = express();
    var answer = '42';
    var greeting = 'hello';
    var CONFIG = { dir: 'data' };
    app.get('/answer', function giveAnswer(req, res) {
      res.send(answer);
    });
    app.get('/greet/:name', function greet(req, res) {
      var text = greeting + ', ' + req.params.name + ' (' + answer + ')';
      fs.readFile(CONFIG.dir + '/x', function read(err, data) {
        res.send(text + CONFIG.dir + data);
      });
    });
"""


def test_constant_read_by_several_fluxions_is_scope():
    assert kind_of(CONSTANTS, "answer") == "scope"


def test_constant_is_copied_into_every_reader():
    assert "answer" in context(CONSTANTS, 7) and "answer" in context(CONSTANTS, 10)


def test_constant_is_not_copied_where_it_is_not_read():
    assert "greeting" not in context(CONSTANTS, 7) and "greeting" in context(CONSTANTS, 10)


def test_constant_read_by_a_continuation_is_copied_there_too():
    assert {"CONFIG"} <= set(context(CONSTANTS, 12)) and "CONFIG" in context(CONSTANTS, 10)


def test_constant_lists_all_its_readers():
    assert variable(CONSTANTS, "answer")["fluxions"] == ["giveAnswer", "greet"]


def test_readers_of_a_constant_are_not_grouped():
    assert group_of(CONSTANTS, 7) is None and group_of(CONSTANTS, 10) is None


def test_constant_is_not_carried_in_signatures():
    assert "CONFIG" not in signature(CONSTANTS, 10, 12)


def test_const_declaration_read_by_timers():
    src = """
        const LIMIT = 3;
        setInterval(function a() { console.log(LIMIT); }, 5);
        setInterval(function b() { console.log(LIMIT * 2); }, 5);
    """
    assert kind_of(src, "LIMIT") == "scope" and context(src, 2) == context(src, 3) == ["LIMIT"]


def test_one_writer_makes_it_shared_not_constant():
    src = """
        var limit = 3;
        setInterval(function a() { console.log(limit); }, 5);
        setInterval(function b() { limit = 4; }, 5);
    """
    assert kind_of(src, "limit") == "share"
