"""What the analyzer cannot decide is reported with a severity and a loc, never a crash."""
import pytest

from analyzer import analyze_source

from .helpers import diagnostic_lines, diagnostics, js, summary

DYNAMIC = """
    var express = require('express');
    var app = express();
    var name = './lib/' + process.env.X;
    var mod = require(name);
    var conf = { a: 1 };
    with (conf) { console.log(a); }
    eval('var z = 1');
    var handlers = { a: function ha() {}, b: function hb() {} };
    app.get('/:k', function h(req, res) {
      setTimeout(handlers[req.params.k], 1);
      res.end();
    });
    app.get('/x', handlers['x' + 1]);
"""


@pytest.mark.parametrize("kind, severity, line", [
    ("dynamic-require", "warning", 4),
    ("with-statement", "warning", 6),
    ("eval", "warning", 7),
    ("dynamic-callback", "info", 10),
    ("dynamic-callback", "info", 13),
])
def test_dynamic_construct_is_reported_at_its_line(kind, severity, line):
    assert line in diagnostic_lines(DYNAMIC, kind)
    assert {d["severity"] for d in diagnostics(DYNAMIC, kind)} == {severity}


def test_every_diagnostic_has_a_message_and_a_loc():
    assert all(d["message"] and d["loc"]["start"]["line"] >= 1 for d in diagnostics(DYNAMIC))


def test_loc_column_is_zero_based():
    [d] = diagnostics(DYNAMIC, "eval")
    assert d["loc"]["start"] == {"line": 7, "column": 0}


def test_dynamic_callback_names_the_callee():
    assert any("setTimeout" in d["message"] for d in diagnostics(DYNAMIC, "dynamic-callback"))


def test_computed_callback_is_not_a_fluxion():
    assert ("post", 8) not in summary(DYNAMIC)


def test_callback_from_arguments_is_reported():
    src = """
        function f() { setTimeout(arguments[0], 1); }
        f(function g() {});
    """
    assert 1 in diagnostic_lines(src, "dynamic-callback")


def test_undeclared_global_taking_a_function_is_reported_as_unknown_module():
    src = """
        someGlobal(function g() {});
    """
    assert diagnostic_lines(src, "unknown-module") == {1} and summary(src) == ["main", ("post", 1)]


def test_group_is_reported_as_info():
    src = """
        var n = 0;
        setInterval(function a() { n++; }, 5);
        setInterval(function b() { n--; }, 5);
    """
    [d] = diagnostics(src, "group")
    assert d["severity"] == "info" and "n" in d["message"]


def test_plain_service_has_no_warnings():
    src = """
        var express = require('express');
        var app = express();
        app.get('/', function h(req, res) { res.send('ok'); });
    """
    assert diagnostics(src, severity="warning") == []


ODD_BUT_VALID = [
    "var self = this;\nfunction F() { this.x = 1; setTimeout(() => this.x++, 1); }\nnew F();\n",
    "var o = { get x() { return 1; }, set x(v) {} };\n",
    "function F() { if (!new.target) return new F(); }\n",
    "function a(cb) { b(cb); }\nfunction b(cb) { a(cb); setTimeout(cb, 1); }\na(function z() {});\n",
    "var fs = require('fs');\n(0, fs.readFile)('x', function r() {});\n",
    "var fs = require('fs');\nvar m = 'readFile';\nfs[m]('x', function r() {});\n",
    "var f = function a() {};\nf = function b() {};\nsetTimeout(f, 1);\n",
    "var fs = require('fs');\nvar args = ['x', function r() {}];\nfs.readFile(...args);\n",
    "outer: for (;;) { inner: for (;;) { break outer; } }\n",
    "switch (1) { case 1: let a = 1; setTimeout(function t() { a; }, 1); break; default: }\n",
    "var a, b;\nsetTimeout(function t() { [a, b] = [b, a]; ({ a } = { a: 1 }); }, 1);\n",
    "var xs = [];\nsetTimeout(function t() { for (xs[0] of [1]) {} for (var k in {}) {} delete xs[0]; }, 1);\n",
    "require();\nrequire(42);\nrequire('./' + 'x');\n",
    "module.exports = function (app) { app.get('/', function h(req, res) {}); };\n",
    "(function () { setTimeout(function t() {}, 1); })();\n",
    "var g = globalThis;\ng.setTimeout(function t() {}, 1);\n",
    "",
    "// only a comment\n",
]


@pytest.mark.parametrize("src", ODD_BUT_VALID)
def test_odd_but_valid_code_does_not_crash(src):
    g = analyze_source(src).graph
    assert g["schema"] == "flx-graph/1" and g["fluxions"][0]["kind"] == "main"


def test_computed_callback_of_a_module_function_is_reported():
    src = """
        var fs = require('fs');
        var table = { a: function ra(err, d) {} };
        fs.readFile('x', table[process.argv[2]]);
    """
    assert 3 in diagnostic_lines(src, "dynamic-callback")


def test_require_of_a_missing_local_file_is_a_warning():
    files = {"app.js": "var helpers = require('./lib/nope');\n", "lib/other.js": "exports.x = 1;\n"}
    assert diagnostic_lines(files, "missing-module") == {1}


def test_require_of_a_plain_template_literal_is_static():
    src = js("""
        var path = require(`path`);
    """)
    assert diagnostics(src, "dynamic-require") == []


def test_values_next_to_a_callback_are_not_computed_callbacks():
    src = """
        var fs = require('fs');
        var express = require('express');
        var app = express();
        var PORT = 3000;
        var name = 'x' + process.argv[2];
        fs.readFile(name, function r(err, d) {});
        app.listen(PORT, function up() {});
    """
    assert diagnostics(src, "dynamic-callback") == []


def test_array_push_of_a_parameter_is_not_an_unknown_callee():
    src = """
        var up = [];
        function add(n) { up.push(n); }
        add(1);
    """
    assert diagnostics(src, "unknown-callee") == []


def test_require_of_a_data_file_is_not_missing():
    files = {"app.js": "var conf = require('./conf.json');\n", "conf.json": "{}\n"}
    assert diagnostics(files, "missing-module") == []


def test_recursive_factory_does_not_crash():
    assert summary("function f() { return f(); }\nsetTimeout(f(), 1);\n") == ["main"]
