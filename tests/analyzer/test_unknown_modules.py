"""A function handed to a required npm module is a `post` continuation; array methods are not ruptures."""

from .helpers import assert_fluxions, signature, stream, summary

NPM = """
    var db = require('some-db');
    var glob = require('glob');
    var { query } = require('pg');
    var Pool = require('pg').Pool;
    var pool = new Pool();
    var conn = db.connect();
    glob('*.js', function found(err, files) {});
    query('select 1', function q1(err, rows) {});
    pool.query('select 2', function q2(err, rows) {});
    conn.collection('c').find({}).toArray(function arr(err, docs) {});
    db.sub.deep.run(function deep() {});
    function named(err, v) {}
    db.get('k', named);
"""


def test_every_function_handed_to_the_module_is_post():
    assert_fluxions(NPM, ["main", ("post", 7), ("post", 8), ("post", 9), ("post", 10), ("post", 11), ("post", 12)])


def test_callee_is_written_as_in_the_source():
    assert [stream(NPM, "main", n)["callee"] for n in (7, 9, 10, 11)] == \
        ["glob", "pool.query", "conn.collection('c').find({}).toArray", "db.sub.deep.run"]


def test_module_continuation_in_a_route_carries_the_response():
    src = """
        var express = require('express');
        var request = require('request');
        var app = express();
        app.get('/', function h(req, res) {
          request('http://x', function fetched(err, resp, body) { res.send(body); });
        });
    """
    assert stream(src, 4, 5)["type"] == "post" and "res" in signature(src, 4, 5)


def test_array_methods_on_module_results_are_not_ruptures():
    src = """
        var db = require('some-db');
        var items = db.list();
        items.forEach(function each(i) {});
        var doubled = items.map(x => x * 2).filter(x => x > 2);
        items.sort(function (a, b) { return a - b; });
    """
    assert_fluxions(src, ["main"])


def test_lodash_style_helpers_with_array_method_names_are_not_ruptures():
    src = """
        var _ = require('lodash');
        var ys = _.map([1, 2], function double(x) { return x * 2; });
        _.forEach(ys, function show(y) { console.log(y); });
    """
    assert_fluxions(src, ["main"])


def test_module_call_without_a_function_is_not_a_rupture():
    src = """
        var db = require('some-db');
        db.get('k', { retries: 2 });
    """
    assert_fluxions(src, ["main"])


def test_node_prefixed_builtin_module():
    src = """
        var fs = require('node:fs');
        fs.stat('x', function statted(err, st) {});
    """
    assert stream(src, "main", 2)["callee"] == "fs.stat"


def test_function_handed_to_a_required_function_called_directly():
    src = """
        require('async-lib')(function direct() {});
    """
    assert ("post", 1) in summary(src)
