"""A callback named by an identifier is the function that identifier holds."""
from .helpers import assert_fluxions, stream

HEADER = """
    var fs = require('fs');
    var express = require('express');
    var app = express();
"""


def test_function_declaration_by_name():
    src = HEADER + """
    function onRead(err, data) { console.log(data); }
    app.get('/', function h(req, res) { fs.readFile('x', onRead); res.end(); });
    """
    assert_fluxions(src, ["main", ("post", 5, "onRead"), ("start", 6)])
    assert stream(src, 6, 5)["callee"] == "fs.readFile"


def test_var_holding_a_function_expression():
    src = HEADER + """
    var onRead = function (err, data) { console.log(data); };
    app.get('/', function h(req, res) { fs.readFile('x', onRead); res.end(); });
    """
    assert_fluxions(src, ["main", ("post", 5, "onRead"), ("start", 6)])


def test_const_holding_an_arrow():
    src = HEADER + """
    const onRead = (err, data) => console.log(data);
    app.get('/', function h(req, res) { fs.readFile('x', onRead); res.end(); });
    """
    assert_fluxions(src, ["main", ("post", 5, "onRead"), ("start", 6)])


def test_alias_of_a_declared_function():
    src = HEADER + """
    var alias = onRead;
    app.get('/', function h(req, res) { fs.readFile('x', alias); res.end(); });
    function onRead(err, data) { console.log(data); }
    """
    assert_fluxions(src, ["main", ("start", 6), ("post", 7, "onRead")])


def test_route_handler_by_name():
    src = HEADER + """
    var show = function (req, res) { res.send('x'); };
    app.get('/', show);
    """
    assert_fluxions(src, ["main", ("start", 5, "show")])


def test_timer_callback_by_name():
    src = """
        function tick() { console.log('tick'); }
        setInterval(tick, 100);
    """
    assert_fluxions(src, ["main", ("start", 1, "tick")])


def test_variable_holding_non_function_is_not_a_callback():
    src = HEADER + """
    var options = { encoding: 'utf8' };
    fs.readFile('x', options, function done(err, d) {});
    """
    assert_fluxions(src, ["main", ("post", 6, "done")])
