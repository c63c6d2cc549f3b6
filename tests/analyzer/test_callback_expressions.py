"""Callbacks written as other expressions that name a program function."""

from .helpers import assert_fluxions, summary

TIMERS = """
    var table = { f: function fromTable() {} };
    function a() {}
    function b() {}
    setTimeout(table.f, 1);
    setTimeout(a.bind(null), 1);
    setTimeout(Math.random() ? a : b, 1);
"""


def test_object_member_handed_to_a_timer():
    assert ("post", 1) in summary(TIMERS)


def test_bound_function_handed_to_a_timer():
    assert ("post", 2) in summary(TIMERS)


def test_both_branches_of_a_conditional_handed_to_a_timer():
    assert_fluxions(TIMERS, ["main", ("post", 1), ("post", 2), ("post", 3)])


FS = """
    var fs = require('fs');
    var table = { a: function fromTable(err, d) {} };
    function onD(err, d) {}
    function onE(err, d) {}
    function onF(err, d) {}
    fs.readFile('a', table.a);
    fs.readFile('d', onD.bind(null));
    fs.readFile('e', process.env.X ? onE : onF);
"""


def test_object_member_handed_to_a_module_function():
    assert ("post", 2) in summary(FS)


def test_bound_function_handed_to_a_module_function():
    assert ("post", 3) in summary(FS)


def test_conditional_handed_to_a_module_function():
    assert {("post", 4), ("post", 5)} <= set(summary(FS))
