"""`python -m analyzer PATH --format ...`: output, exit codes and the parse-error line."""
import json

import pytest

from .helpers import js, run_analyzer

APP = js("""
    var express = require('express');
    var fs = require('fs');
    var app = express();
    app.get('/', function h(req, res) {
      fs.readFile('x', function r(err, d) { res.send(d); });
    });
""")


@pytest.fixture
def app_js(tmp_path):
    path = tmp_path / "app.js"
    path.write_text(APP)
    return path


def test_json_by_default(app_js):
    p = run_analyzer(str(app_js))
    assert p.returncode == 0
    g = json.loads(p.stdout)
    assert g["schema"] == "flx-graph/1" and [f["name"] for f in g["fluxions"]] == ["main", "h", "r"]


@pytest.mark.parametrize("fmt, marker", [("flx", "flx h {}"), ("dot", "digraph fluxions"), ("svg", "<svg")])
def test_other_formats(app_js, fmt, marker):
    p = run_analyzer(str(app_js), "--format", fmt)
    assert p.returncode == 0 and marker in p.stdout and p.stderr == ""


def test_folder_service_with_a_local_module(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "index.js").write_text("var x = require('./lib/x');\nx.go(function done() {});\n")
    (tmp_path / "lib" / "x.js").write_text("exports.go = function (cb) { setImmediate(cb); };\n")
    p = run_analyzer(str(tmp_path))
    assert p.returncode == 0 and json.loads(p.stdout)["files"] == ["index.js", "lib/x.js"]


def test_parse_error_exits_2_with_file_line_column(tmp_path):
    bad = tmp_path / "bad.js"
    bad.write_text("var a = 1;\nvar b = (;\n")
    p = run_analyzer(str(bad))
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.strip() == f"{bad}:2:10: Unexpected token ;"


def test_parse_error_at_the_start_of_a_line_is_column_1(tmp_path):
    bad = tmp_path / "bad.js"
    bad.write_text("var a = 1;\n}\n")
    assert run_analyzer(str(bad)).stderr.startswith(f"{bad}:2:1: ")


def test_parse_error_in_a_local_module_names_that_file(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "app.js").write_text("var x = require('./lib/x');\n")
    (tmp_path / "lib" / "x.js").write_text("exports.go = function () {\n  var a = ;\n};\n")
    p = run_analyzer(str(tmp_path))
    assert p.returncode == 2 and p.stderr.startswith(f"{tmp_path / 'lib' / 'x.js'}:2:11: ")


def test_missing_path_fails_without_a_traceback(tmp_path):
    p = run_analyzer(str(tmp_path / "nope.js"))
    assert p.returncode not in (0, 2) and "Traceback" not in p.stderr


def test_unknown_format_is_a_usage_error(app_js):
    p = run_analyzer(str(app_js), "--format", "png")
    assert p.returncode != 0 and "invalid choice" in p.stderr
