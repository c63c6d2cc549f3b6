"""A generated Express service of about 5,000 lines analyses without error."""
import functools

from analyzer import analyze_source

ROUTE = """\
var counter{i} = 0;
var LABEL{i} = 'route {i}';
function helper{i}(value) {{
  return value * {i} + 1;
}}
router.get('/r{i}/:x', function route{i}(req, res) {{
  var x = helper{i}(parseInt(req.params.x, 10));
  counter{i} += 1;
  fs.readFile(__filename, 'utf8', function read{i}(err, text) {{
    if (err) return res.status(500).end();
    setTimeout(function later{i}() {{
      res.send(LABEL{i} + ' ' + x + ' ' + text.length);
    }}, 1);
  }});
}});
router.get('/c{i}', function count{i}(req, res) {{
  res.send(String(counter{i}));
}});

"""
ROUTES = 265


def generate():
    head = ["var express = require('express');", "var fs = require('fs');",
            "var app = express();", "var router = express.Router();", ""]
    tail = ["app.use('/api', router);", "module.exports = app;", ""]
    return "\n".join(head) + "".join(ROUTE.format(i=i) for i in range(ROUTES)) + "\n".join(tail)


@functools.lru_cache(maxsize=None)
def graph():
    return analyze_source(generate()).graph


def test_generated_service_is_about_5000_lines():
    assert 4900 <= generate().count("\n") <= 5200


def test_every_route_continuation_and_timer_is_a_fluxion():
    kinds = [f["kind"] for f in graph()["fluxions"]]
    assert (kinds.count("main"), kinds.count("start"), kinds.count("post")) == (1, 2 * ROUTES, 2 * ROUTES)


def test_every_route_has_its_prefixed_path():
    paths = {r["path"] for r in graph()["routes"]}
    assert len(paths) == 2 * ROUTES and "/api/r264/:x" in paths and "/api/c0" in paths


def test_each_counter_groups_only_its_own_two_routes():
    groups = graph()["groups"]
    assert len(groups) == ROUTES and all(len(g["fluxions"]) == 2 for g in groups)
    assert groups[7] == {"id": "grp_counter7", "fluxions": ["route7", "count7"], "variables": ["counter7"]}


def test_last_chain_carries_its_variables():
    s = next(s for s in graph()["streams"] if s["from"] == "read264" and s["to"] == "later264")
    assert {"res", "x", "text"} <= set(s["signature"])


def test_no_warnings():
    assert [d for d in graph()["diagnostics"] if d["severity"] != "info"] == []
