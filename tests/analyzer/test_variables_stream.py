"""`stream`: created or written upstream in one chain of `post` streams, read only downstream."""
from .helpers import context, group_of, kind_of, signature, variable

READFILE = """
    var express = require('express');
    var fs = require('fs');
    var app = express();
    app.get('/hello/:name', function handler(req, res) {
      var who = req.params.name.toUpperCase();
      fs.readFile('greeting.txt', 'utf8', function reply(err, data) {
        res.send(data + ' ' + who);
      });
    });
"""

CHAIN = """
    var express = require('express');
    var fs = require('fs');
    var app = express();
    app.get('/lines/:n', function start(req, res) {
      var wanted = parseInt(req.params.n, 10);
      var label = 'first ' + wanted;
      setTimeout(function wait() {
        label = label + ' lines';
        fs.readFile('lines.txt', 'utf8', function read(err, text) {
          res.json({ label: label, lines: text.split('\\n').slice(0, wanted) });
        });
      }, 5);
    });
"""


def test_local_read_by_the_continuation_is_stream():
    assert kind_of(READFILE, "who") == "stream"


def test_stream_variable_is_in_the_signature():
    assert {"who", "res"} <= signature(READFILE, 4, 6)


def test_stream_variable_is_not_in_a_context():
    assert "who" not in context(READFILE, 4) + context(READFILE, 6)


def test_stream_variable_lists_writer_and_reader():
    assert variable(READFILE, "who")["fluxions"] == ["handler", "reply"]


def test_stream_variables_make_no_group():
    assert group_of(READFILE, 4) is None and group_of(READFILE, 6) is None


def test_written_again_midway_down_the_chain_is_still_stream():
    assert kind_of(CHAIN, "label") == "stream" and kind_of(CHAIN, "wanted") == "stream"


def test_midway_write_travels_on_to_the_last_level():
    assert {"label", "wanted", "res"} <= signature(CHAIN, 7, 9)


def test_response_parameter_is_stream():
    assert kind_of(READFILE, "res") == "stream"


def test_read_by_two_sibling_continuations_is_stream():
    src = """
        var fs = require('fs');
        setImmediate(function go() {
          var n = 1;
          fs.readFile('a', function r1() { console.log(n); });
          fs.readFile('b', function r2() { console.log(n + 1); });
        });
    """
    assert kind_of(src, "n") == "stream" and "n" in signature(src, 2, 4) & signature(src, 2, 5)


def test_module_variable_written_upstream_and_read_downstream_only_is_stream():
    src = """
        var express = require('express');
        var fs = require('fs');
        var app = express();
        var last = '';
        app.get('/', function h(req, res) {
          last = req.query.q;
          fs.readFile('x', function r(err) { res.send(last); });
        });
    """
    assert kind_of(src, "last") == "stream" and "last" in signature(src, 5, 7)
