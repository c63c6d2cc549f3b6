"""The analyzer fuzzed (issue 13): random and mutated JavaScript gives a graph or a
located ParseError, never another exception.

Inputs are the project's own services, cut, spliced and sprinkled with tokens,
and programs built from the statement forms services are written in. The runs are
derandomized so that a failure found once is found again (hypothesis prints the
input to replay it)."""
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer import ParseError, analyze_source

SERVICES = Path(__file__).resolve().parents[1] / "services"
FIXTURES = sorted(p.read_text() for p in SERVICES.glob("*/app.js"))

TOKENS = ["{", "}", "(", ")", "[", "]", ";", ",", ".", "?.", "??", "=>", "=", "+=", "++", "...", "async", "await",
          "function", "class", "extends", "static", "#x", "return", "yield", "new", "this", "super", "import", "export",
          "require('fs')", "app.get('/', ", "res.send(", "setTimeout(", "Promise.all([", ".then(", "catch", "try",
          "`${", "'", '"', "/re/g", "0x", "1_0", "\n", " ", "let", "const", "var", "if", "else", "for", "of", "in",
          "while", "do", "switch", "case", "default:", "break", "continue", "throw", "delete", "typeof", "void"]

settings.register_profile("analyzer-fuzz", derandomize=True, deadline=None, database=None, max_examples=200,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def analyze_or_locate(text):
    try:
        graph = analyze_source(text).graph
    except ParseError as e:
        assert e.line >= 1 and e.column >= 0, e
        return None
    assert graph["schema"] == "flx-graph/1"
    assert {f["id"] for f in graph["fluxions"]} >= {s["from"] for s in graph["streams"]} - {None}
    return graph


@st.composite
def mutated_service(draw):
    text = draw(st.sampled_from(FIXTURES))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        end = draw(st.integers(at, min(len(text), at + 80)))
        how = draw(st.sampled_from(["cut", "token", "repeat", "swap"]))
        if how == "cut":
            text = text[:at] + text[end:]
        elif how == "token":
            text = text[:at] + draw(st.sampled_from(TOKENS)) + text[at:]
        elif how == "repeat":
            text = text[:end] + text[at:end] + text[end:]
        else:
            other = draw(st.integers(0, len(text)))
            text = text[:at] + text[other:other + (end - at)] + text[end:]
    return text


NAMES = st.sampled_from(["a", "b", "count", "items", "cache", "emitter", "app", "req", "res", "next", "data", "err"])
EXPRESSIONS = st.recursive(
    st.one_of(NAMES, st.sampled_from(["1", "'x'", "null", "[]", "{}", "new Map()", "req.params.id", "Date.now()"])),
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(["+", "??", "||", "&&", "===", "?."]), inner).map(
            lambda t: f"{t[0]} {t[1]} {t[2]}" if t[1] != "?." else f"{t[0]}?.x"),
        st.tuples(NAMES, st.lists(inner, max_size=3)).map(lambda t: f"{t[0]}({', '.join(t[1])})"),
        inner.map(lambda e: f"await {e}"),
        inner.map(lambda e: f"(async () => {e})()"),
        st.tuples(NAMES, inner).map(lambda t: f"{t[0]} = {t[1]}"),
    ), max_leaves=8)


def statements(depth):
    simple = st.one_of(
        EXPRESSIONS.map(lambda e: f"{e};"),
        st.tuples(st.sampled_from(["let", "const", "var"]), NAMES, EXPRESSIONS).map(lambda t: f"{t[0]} {t[1]} = {t[2]};"),
        EXPRESSIONS.map(lambda e: f"res.json({e});"),
        NAMES.map(lambda n: f"{n}.push(1); {n}.set('k', 2);"),
    )
    if depth == 0:
        return simple
    body = st.lists(statements(depth - 1), max_size=3).map(" ".join)
    return st.one_of(
        simple,
        st.tuples(st.sampled_from(["get", "post", "use"]), st.booleans(), body).map(
            lambda t: f"app.{t[0]}('/p/:id', {'async ' if t[1] else ''}(req, res, next) => {{ {t[2]} }});"),
        st.tuples(NAMES, body).map(lambda t: f"function {t[0]}(x, cb) {{ {t[1]} }}"),
        st.tuples(EXPRESSIONS, body, body).map(lambda t: f"if ({t[0]}) {{ {t[1]} }} else {{ {t[2]} }}"),
        st.tuples(body, body).map(lambda t: f"try {{ {t[0]} }} catch (err) {{ {t[1]} }}"),
        st.tuples(NAMES, body).map(lambda t: f"for (const {t[0]} of items) {{ {t[1]} }}"),
        body.map(lambda b: f"setTimeout(() => {{ {b} }}, 10);"),
        body.map(lambda b: f"require('fs').readFile('f', (err, data) => {{ {b} }});"),
        st.tuples(NAMES, body).map(lambda t: f"class K{t[0]} {{ static n = 0; #p = 1; m() {{ {t[1]} }} }}"),
        body.map(lambda b: f"emitter.on('e', (v) => {{ {b} }});"),
    )


PROGRAMS = st.lists(statements(2), max_size=8).map(
    lambda body: "const app = require('express')();\nconst emitter = new (require('events'))();\n"
                 "const items = [], cache = new Map();\n" + "\n".join(body) + "\nmodule.exports = app;\n")


@settings(settings.get_profile("analyzer-fuzz"))
@given(mutated_service())
def test_mutated_services_give_a_graph_or_a_located_error(text):
    analyze_or_locate(text)


@settings(settings.get_profile("analyzer-fuzz"))
@given(PROGRAMS)
def test_random_programs_give_a_graph_or_a_located_error(text):
    analyze_or_locate(text)


def test_an_implicit_global_given_a_local_module_gives_a_graph():
    """What the fuzz test found once fresh11's services were in the corpus it mutates:
    `const sources = rsources = require('./sources')` makes `rsources` an implicit global, whose
    value the analysis computed in no module ('NoneType' object has no attribute 'path')."""
    from analyzer import analyze_files
    graph = analyze_files({
        "sources.js": "module.exports = { names: () => ['a'] };\n",
        "app.js": "const express = require('express');\nconst sources = rsources = require('./sources');\n"
                  "const app = express();\napp.get('/', (req, res) => res.json(rsources.names()));\n"
                  "module.exports = app;\n"}).graph
    assert any(r["path"] == "/" for r in graph["routes"])
