"""`scope`: a variable used by one fluxion only lives in that fluxion's context."""
from .helpers import context, group_of, kind_of, variable, variables

COUNTER = """
    var express = require('express');
    var app = express();
    var count = 0;
    app.get('/count', function increment(req, res) {
      count += 1;
      res.send('count=' + count);
    });
    app.get('/other', function other(req, res) { res.end(); });
"""


def test_state_of_a_single_fluxion_is_scope():
    assert kind_of(COUNTER, "count") == "scope"


def test_scope_variable_is_in_the_context_of_its_fluxion():
    assert context(COUNTER, 4) == ["count"] and context(COUNTER, 8) == []


def test_scope_variable_lists_its_one_fluxion():
    assert variable(COUNTER, "count")["fluxions"] == ["increment"]


def test_declaring_main_does_not_count_as_a_user():
    v = variable(COUNTER, "count")
    assert "main" not in v["fluxions"] and v["declared_in"] == "main"


def test_scope_variable_makes_no_group():
    assert group_of(COUNTER, 4) is None


def test_later_assignment_in_main_is_still_initialisation():
    src = """
        var n;
        n = 5;
        setInterval(function tick() { n += 1; }, 10);
    """
    assert kind_of(src, "n") == "scope" and context(src, 3) == ["n"]


def test_mutated_object_used_by_one_fluxion_is_scope():
    src = """
        var cache = {};
        setInterval(function tick() { cache[Date.now()] = 1; delete cache.old; }, 10);
    """
    assert kind_of(src, "cache") == "scope" and context(src, 2) == ["cache"]


def test_state_written_only_in_a_continuation_is_scope():
    src = """
        var fs = require('fs');
        var size = 0;
        fs.readFile('x', function r(err, d) { size = d.length; console.log(size); });
    """
    assert kind_of(src, "size") == "scope" and context(src, 3) == ["size"]


def test_local_of_one_fluxion_is_not_reported():
    src = """
        setInterval(function tick() { var local = 1; local += 1; }, 10);
    """
    assert variables(src, "local") == []


def test_module_variable_used_by_main_only_is_not_reported():
    src = """
        var port = 8080;
        port += 1;
        console.log(port);
    """
    assert variables(src, "port") == []


def test_functions_and_modules_are_code_not_state():
    src = """
        var fs = require('fs');
        function helper() { return 1; }
        setInterval(function tick() { fs.stat('x', function s() {}); helper(); }, 10);
    """
    assert variables(src, "fs") == [] and variables(src, "helper") == []
