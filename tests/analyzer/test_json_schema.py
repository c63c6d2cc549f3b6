"""The flx-graph/1 dict: its sections, ids and locations (1-based lines, 0-based columns)."""
from .helpers import diagnostics, fluxion, graph, stream, variable

SERVICE = """
    var express = require('express');
    var app = express();
    var total = 0;
    app.get('/', function reply(req, res) {
      total += 1;
      res.send('' + total);
    });
    app.get('/t', (req, res) => res.send('' + total));
"""


def test_schema_and_sections():
    g = graph(SERVICE)
    assert g["schema"] == "flx-graph/1"
    assert {"files", "fluxions", "streams", "variables", "groups", "routes", "diagnostics"} <= set(g)


def test_fluxion_fields():
    f = fluxion(SERVICE, 4)
    assert (f["id"], f["name"], f["kind"], f["file"], f["group"]) == ("reply", "reply", "start", "app.js", "grp_total")


def test_fluxion_loc_starts_at_the_function_keyword():
    assert fluxion(SERVICE, 4)["loc"] == {"start": {"line": 4, "column": 13}, "end": {"line": 7, "column": 1}}


def test_arrow_fluxion_loc_starts_at_its_parameters():
    assert fluxion(SERVICE, 8)["loc"]["start"] == {"line": 8, "column": 14}


def test_main_spans_the_whole_entry_file():
    assert fluxion(SERVICE, "main")["loc"]["start"] == {"line": 1, "column": 0}


def test_fluxion_ids_are_unique():
    ids = [f["id"] for f in graph(SERVICE)["fluxions"]]
    assert len(ids) == len(set(ids))


def test_stream_fields_and_call_site_loc():
    s = stream(SERVICE, "main", 4)
    assert (s["from"], s["to"], s["type"], s["callee"]) == ("main", "reply", "start", "app.get")
    assert s["loc"]["start"] == {"line": 4, "column": 0} and s["loc"]["end"]["line"] == 7


def test_stream_ids_are_unique():
    ids = [s["id"] for s in graph(SERVICE)["streams"]]
    assert len(ids) == len(set(ids)) == 2


def test_variable_loc_is_its_declaring_identifier():
    v = variable(SERVICE, "total")
    assert (v["declared_in"], v["loc"]["start"], v["loc"]["end"]) == \
        ("main", {"line": 3, "column": 4}, {"line": 3, "column": 9})


def test_route_refers_to_a_fluxion_id():
    g = graph(SERVICE)
    ids = {f["id"] for f in g["fluxions"]}
    assert [r["fluxion"] for r in g["routes"]] == ["reply", "get_t"] and {r["fluxion"] for r in g["routes"]} <= ids


def test_group_members_and_stream_endpoints_are_fluxion_ids():
    g = graph(SERVICE)
    ids = {f["id"] for f in g["fluxions"]}
    assert {x for gr in g["groups"] for x in gr["fluxions"]} <= ids
    assert {x for s in g["streams"] for x in (s["from"], s["to"])} <= ids


def test_variable_in_a_later_line_has_a_later_loc():
    src = """
        var a = 1;

        var b = 2;
        setInterval(function t() { a++; b++; }, 1);
    """
    assert variable(src, "b")["loc"]["start"] == {"line": 3, "column": 4}


def test_diagnostic_severities_are_from_the_contract():
    src = "eval('1');\nwith ({}) {}\n"
    assert {d["severity"] for d in diagnostics(src)} <= {"error", "warning", "info"} and len(diagnostics(src)) == 2


def test_variable_writes_give_the_fluxion_file_line_code_and_override_key_of_each_write():
    assert variable(SERVICE, "total")["writes"] == [{"fluxion": "reply", "file": "app.js", "line": 5,
                                                     "code": "total += 1;", "key": "app.js:5:2"}]
