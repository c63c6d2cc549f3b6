"""A local name that shadows a module variable is another variable."""
from .helpers import context, group_of, kind_of, variable, variables

HEADER = """
    var express = require('express');
    var app = express();
    var x = 1;
"""


def service(body):
    return HEADER + body + """
    app.get('/writer', function writer(req, res) { x = 2; res.end(); });
    """


def test_local_var_shadows_module_variable():
    src = service("""
    app.get('/h', function h(req, res) { var x = 'local'; x += '!'; res.send(x); });""")
    assert variable(src, "x", "main")["fluxions"] == ["writer"]
    assert kind_of(src, "x", "main") == "scope"


def test_shadowing_fluxion_is_not_grouped_with_the_writer():
    src = service("""
    app.get('/h', function h(req, res) { var x = 'local'; res.send(x); });""")
    assert group_of(src, "h") is None and group_of(src, "writer") is None


def test_parameter_shadows_module_variable():
    src = service("""
    app.get('/h', function h(x, res) { x = 6; res.end(); });""")
    assert variable(src, "x", "main")["fluxions"] == ["writer"]


def test_catch_parameter_shadows_module_variable():
    src = service("""
    app.get('/h', function h(req, res) { try { throw 1; } catch (x) { x = 3; res.end(); } });""")
    assert variable(src, "x", "main")["fluxions"] == ["writer"]


def test_block_let_shadows_module_variable():
    src = service("""
    app.get('/h', function h(req, res) { if (req.query.a) { let x = 5; x++; res.send('' + x); } });""")
    assert variable(src, "x", "main")["fluxions"] == ["writer"]


def test_callback_parameter_of_array_method_shadows():
    src = service("""
    app.get('/h', function h(req, res) { [1].forEach(function (x) { x += 1; }); res.end(); });""")
    assert variable(src, "x", "main")["fluxions"] == ["writer"]


def test_named_function_expression_name_shadows():
    src = service("""
    app.get('/h', function x(req, res) { res.send(typeof x); });""")
    assert variable(src, "x", "main")["fluxions"] == ["writer"]


def test_without_shadowing_the_reader_shares_the_variable():
    src = service("""
    app.get('/h', function h(req, res) { res.send('' + x); });""")
    assert kind_of(src, "x", "main") == "share"


def test_same_name_in_two_handlers_are_two_variables():
    src = """
        var fs = require('fs');
        var express = require('express');
        var app = express();
        app.get('/a', function a(req, res) {
          var n = 1;
          fs.readFile('a', function ra() { res.send('' + n); });
        });
        app.get('/b', function b(req, res) {
          var n = 2;
          fs.readFile('b', function rb() { n += 1; });
          res.send('' + n);
        });
    """
    kinds = {v["declared_in"]: v["kind"] for v in variables(src, "n")}
    assert kinds == {"a": "stream", "b": "share"}


def test_inner_shadow_does_not_reach_the_outer_context():
    src = """
        var express = require('express');
        var app = express();
        var limit = 10;
        app.get('/a', function a(req, res) { var limit = 1; res.send('' + limit); });
        app.get('/b', function b(req, res) { res.send('' + limit); });
    """
    assert "limit" not in context(src, 4) and "limit" in context(src, 5)
