"""Function declarations and `var` are visible before the line that declares them."""
from .helpers import assert_fluxions, kind_of, routes, same_group, signature, stream

LATE_HANDLER = """
    var express = require('express');
    var app = express();
    app.get('/a', handler);
    function handler(req, res) {
      res.send(helper());
    }
    function helper() { return 'x'; }
"""


def test_handler_declared_after_its_registration():
    assert_fluxions(LATE_HANDLER, ["main", ("start", 4, "handler")])


def test_late_handler_gets_its_route():
    assert routes(LATE_HANDLER) == {("GET", "/a", 4)}


def test_module_var_declared_after_the_handlers_that_use_it():
    src = """
        var express = require('express');
        var app = express();
        app.get('/a', function a(req, res) { hits += 1; res.send('' + hits); });
        app.get('/b', function b(req, res) { res.send('' + hits); });
        var hits = 0;
    """
    assert kind_of(src, "hits") == "share" and same_group(src, 3, 4)


def test_continuation_declared_after_return():
    src = """
        var fs = require('fs');
        var express = require('express');
        var app = express();
        app.get('/', function h(req, res) {
          fs.readFile('x', done);
          return;
          function done(err, d) { res.send(d); }
        });
    """
    assert_fluxions(src, ["main", ("start", 4), ("post", 7, "done")])
    assert stream(src, 4, 7)["callee"] == "fs.readFile"


def test_var_declared_after_the_continuation_that_reads_it():
    src = """
        var fs = require('fs');
        var express = require('express');
        var app = express();
        app.get('/', function h(req, res) {
          fs.readFile('y', function r(err) { res.send(msg); });
          var msg = 'hi';
        });
    """
    assert kind_of(src, "msg") == "stream" and "msg" in signature(src, 4, 5)


def test_function_declared_in_a_block_is_a_callback():
    src = """
        var fs = require('fs');
        if (true) {
          function onRead(err, d) { console.log(d); }
          fs.readFile('x', onRead);
        }
    """
    assert_fluxions(src, ["main", ("post", 3, "onRead")])
