"""The flx, dot and svg renderings of an analysis."""
import json
import re

from analyzer import analyze_source
from analyzer.formats import render

from .helpers import js

SERVICE = js("""
    var express = require('express');
    var fs = require('fs');
    var app = express();
    var ticks = 0;
    var LABEL = 'n=';
    setInterval(function tick() { ticks += 1; }, 20);
    app.get('/ticks', function report(req, res) {
      var who = req.query.who;
      fs.readFile('x', function reply(err, data) {
        res.send(LABEL + ticks + who);
      });
    });
""")


def rendered(fmt, src=SERVICE):
    return render(analyze_source(src), fmt)


def flx_block(name):
    for block in rendered("flx").split("\n\n"):
        if block.startswith(f"flx {name} "):
            return block
    raise AssertionError(f"no flx block for {name}")


def test_json_is_the_graph():
    assert json.loads(rendered("json")) == analyze_source(SERVICE).graph


def test_flx_header_has_name_group_and_context():
    assert flx_block("reply").splitlines()[0] == "flx reply & grp_ticks {LABEL}"


def test_flx_header_without_group_or_context():
    assert flx_block("main").splitlines()[0] == "flx main {}"


def test_flx_start_streams_are_double_arrows():
    lines = flx_block("main").splitlines()
    assert ">> tick []" in lines and ">> report []" in lines


def test_flx_post_stream_is_single_arrow_with_signature():
    assert re.search(r"^-> reply \[(res, who|who, res)\]$", flx_block("report"), re.M)


def test_flx_code_has_placeholders_for_nested_fluxions():
    assert "fs.readFile('x', ->reply);" in flx_block("report")
    assert "setInterval(>>tick, 20);" in flx_block("main")


def test_flx_code_of_a_fluxion_is_its_function():
    assert "  function reply(err, data) {" in flx_block("reply").splitlines()


def test_flx_has_one_block_per_fluxion():
    assert [b.split()[1] for b in rendered("flx").strip().split("\n\n")] == ["main", "tick", "report", "reply"]


def test_dot_has_a_cluster_per_group():
    dot = rendered("dot")
    assert "subgraph cluster_grp_ticks" in dot and "grp_ticks: ticks" in dot


def test_dot_grouped_fluxions_are_inside_their_cluster():
    dot = rendered("dot")
    start = dot.index("subgraph cluster_grp_ticks")
    cluster = dot[start:dot.index("\n\t}", start)]
    inside = set(re.findall(r"^\s*(\w+) \[label=", cluster, re.M))
    assert inside == {"tick", "reply"}


def edge_attrs(dot, src, dst):
    m = re.search(rf"^\s*{src} -> {dst} \[(.*?)\]$", dot, re.M | re.S)
    assert m, f"no edge {src} -> {dst}"
    return m.group(1)


def test_dot_start_and_post_streams_have_distinct_styles():
    dot = rendered("dot")
    start, post = edge_attrs(dot, "main", "report"), edge_attrs(dot, "report", "reply")
    style = lambda attrs: re.search(r"style=(\w+)", attrs).group(1)
    assert (style(start), style(post)) == ("bold", "dashed")


def test_dot_fluxion_kinds_have_distinct_fills():
    dot = rendered("dot")
    fill = lambda node: re.search(rf"^\s*{node} \[.*?fillcolor=\"(#\w+)\"", dot, re.M | re.S).group(1)
    assert len({fill("main"), fill("report"), fill("reply")}) == 3


def test_dot_edge_label_has_callee_and_signature():
    assert "fs.readFile" in edge_attrs(rendered("dot"), "report", "reply")


def test_svg_renders_with_fluxions_and_streams():
    svg = rendered("svg")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert 'id="flx&#45;reply"' in svg and "cluster_grp_ticks" in svg


def test_svg_of_a_multi_file_service():
    from analyzer import analyze_files
    a = analyze_files({"app.js": "var l = require('./lib');\nl.go(function done() {});\n",
                       "lib.js": "exports.go = function (cb) { setTimeout(cb, 1); };\n"})
    assert "<svg" in render(a, "svg") and "// lib.js" in render(a, "flx")
