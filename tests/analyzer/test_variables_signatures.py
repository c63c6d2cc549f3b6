"""A stream's signature: the variables its messages carry to the downstream fluxion."""
from .helpers import signature, stream

SERVICE = """
    var express = require('express');
    var fs = require('fs');
    var app = express();
    var PREFIX = '> ';
    app.get('/:name', function h(req, res) {
      var who = req.params.name;
      var unused = 1;
      fs.readFile('x', 'utf8', function r(err, data) {
        var local = data.trim();
        res.send(PREFIX + local + who);
      });
    });
"""


def test_signature_holds_the_free_variables_read_downstream():
    assert signature(SERVICE, 5, 8) == {"res", "who"}


def test_signature_leaves_out_variables_not_used_downstream():
    assert not {"unused", "req"} & signature(SERVICE, 5, 8)


def test_signature_leaves_out_the_callback_parameters_and_locals():
    assert not {"err", "data", "local"} & signature(SERVICE, 5, 8)


def test_signature_leaves_out_read_only_module_constants():
    assert "PREFIX" not in signature(SERVICE, 5, 8)


def test_listener_stream_from_main_carries_nothing():
    assert stream(SERVICE, "main", 5)["signature"] == []


def test_signature_includes_variables_of_nested_downstream_fluxions():
    src = """
        var fs = require('fs');
        setImmediate(function go() {
          var deep = 1;
          fs.readFile('a', function r1() {
            fs.readFile('b', function r2() { console.log(deep); });
          });
        });
    """
    assert "deep" in signature(src, 2, 4) and "deep" in signature(src, 4, 5)


def test_signature_includes_a_parameter_of_the_enclosing_helper():
    src = """
        var fs = require('fs');
        function load(name, cb) {
          fs.readFile(name, function read(err, d) { cb(err, name, d); });
        }
        setImmediate(function go() { load('x', function () {}); });
    """
    assert {"cb", "name"} <= signature(src, 5, 3)
