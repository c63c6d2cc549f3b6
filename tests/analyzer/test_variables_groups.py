"""Every fluxion that uses a `share` variable is in one group; `groups[].variables` names them."""
from .helpers import graph, group, group_of, same_group

TWO_GROUPS = """
    var express = require('express');
    var app = express();
    var a = 0, b = 0, c = {};
    app.get('/1', function one(req, res) { a++; res.end(); });
    app.get('/2', function two(req, res) { a++; b++; res.end(); });
    app.get('/3', function three(req, res) { res.send('' + b); });
    app.get('/4', function four(req, res) { c.x = 1; res.end(); });
    app.get('/5', function five(req, res) { res.send(JSON.stringify(c)); });
    app.get('/6', function six(req, res) { res.end(); });
"""


def test_groups_are_joined_through_a_common_fluxion():
    assert same_group(TWO_GROUPS, 4, 5, 6)


def test_unrelated_shares_make_separate_groups():
    assert same_group(TWO_GROUPS, 7, 8) and group_of(TWO_GROUPS, 4) != group_of(TWO_GROUPS, 7)


def test_fluxion_without_shared_state_has_no_group():
    assert group_of(TWO_GROUPS, 9) is None


def test_group_lists_its_variables():
    assert group(TWO_GROUPS, group_of(TWO_GROUPS, 4))["variables"] == ["a", "b"]
    assert group(TWO_GROUPS, group_of(TWO_GROUPS, 7))["variables"] == ["c"]


def test_group_lists_its_fluxions_in_order():
    assert group(TWO_GROUPS, group_of(TWO_GROUPS, 4))["fluxions"] == ["one", "two", "three"]


def test_group_id_is_named_after_its_first_variable():
    assert group_of(TWO_GROUPS, 4) == "grp_a" and group_of(TWO_GROUPS, 7) == "grp_c"


def test_groups_section_matches_the_fluxions():
    g = graph(TWO_GROUPS)
    members = {f["id"]: f["group"] for f in g["fluxions"] if f["group"]}
    assert {m: gr["id"] for gr in g["groups"] for m in gr["fluxions"]} == members


def test_main_is_never_in_a_group():
    src = """
        var n = 0;
        n = 1;
        setInterval(function a() { n++; }, 5);
        setInterval(function b() { n--; }, 5);
    """
    assert group_of(src, "main") is None and group(src, "grp_n")["fluxions"] == ["a", "b"]


def test_shared_variable_is_not_copied_into_contexts():
    src = """
        var n = 0;
        setInterval(function a() { n++; }, 5);
        setInterval(function b() { n--; }, 5);
    """
    assert all("n" not in f["context"] for f in graph(src)["fluxions"])


def test_no_share_means_no_groups():
    src = """
        var express = require('express');
        var app = express();
        var hits = 0;
        app.get('/', function h(req, res) { hits++; res.end(); });
    """
    assert graph(src)["groups"] == []
