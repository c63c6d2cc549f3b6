"""A file esprima cannot parse raises ParseError with its position; nothing else crashes."""
import pytest

from analyzer import ParseError, analyze_files, analyze_source

from .helpers import js, summary


def parse_error(src, **kw):
    with pytest.raises(ParseError) as info:
        analyze_source(js(src), **kw)
    return info.value


def test_position_of_an_unexpected_token():
    e = parse_error("""
        var a = 1;
        var b = (;
    """)
    assert (e.line, e.column) == (2, 9)


def test_message_names_the_problem():
    assert "Unexpected token" in parse_error("var a = 1;\n}\n").message


def test_unexpected_end_of_input():
    e = parse_error("function f() {\n  var x = 1;\n")
    assert e.message == "Unexpected end of input" and e.line == 3


def test_unterminated_string():
    assert parse_error("var s = 'abc\n").line == 1


def test_error_carries_the_file_name():
    assert parse_error("var = 1;\n", path="server.js").file == "server.js"


def test_str_is_file_line_column_with_one_based_column():
    assert str(parse_error("var a = 1;\nvar b = (;\n")).startswith("app.js:2:10: ")


def test_error_in_a_local_module_names_that_module():
    with pytest.raises(ParseError) as info:
        analyze_files({"app.js": "var x = require('./lib/x');\n",
                       "lib/x.js": "exports.go = function () {\n  var a = ;\n};\n"})
    assert (info.value.file, info.value.line, info.value.column) == ("lib/x.js", 2, 10)


def test_es_module_syntax_is_reported_not_crashed():
    assert parse_error("import fs from 'fs';\n").line == 1


def test_very_deep_nesting_is_a_parse_error_not_a_crash():
    assert parse_error("var x = " + "(" * 3000 + "1" + ")" * 3000 + ";\n").line >= 1


def test_hashbang_line_is_accepted():
    assert summary("#!/usr/bin/env node\nsetTimeout(function t() {}, 1);\n") == ["main", ("post", 2)]


def test_top_level_return_is_accepted():
    assert summary("if (!process.env.X) return;\nsetTimeout(function t() {}, 1);\n") == ["main", ("post", 2)]
