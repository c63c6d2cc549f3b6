"""Positions are the user's: after the async/await source transform, fluxion `loc`
(lines and columns) and `range`, stream `loc`, variable `loc` and diagnostic `loc`
all refer to the original text."""
import re

import pytest

from analyzer import analyze_files
from analyzer.parse import Lines

from .helpers import fluxion, fluxion_at, graph, js, variable

SERVICE = js("""
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/p/:x', async (req, res) => {
      const x = req.params.x;
      const doubled = await fs.promises.readFile(x, 'utf8');
      const more = await fs.promises.readFile(doubled, 'utf8');
      fs.promises.stat(x).then(function statted(st) { res.json({ doubled, more, size: st.size }); });
    });
    app.get('/inline', async (req, res) => { res.json({ a: await fs.promises.readFile('a', 'utf8') }); });
    app.get('/later', (req, res) => { setTimeout(function late() { res.end(); }, 1); });
""")

FUNCTION_EXPRESSION = js("""
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/', async function show(req, res) {
      const t = await fs.promises.readFile('a', 'utf8');
      res.send(t);
    });
""")

FUNCTION_DECLARATION = js("""
    const express = require('express');
    const fs = require('fs');
    const app = express();
    async function show(req, res) {
      const t = await fs.promises.readFile('a', 'utf8');
      res.send(t);
    }
    app.get('/', show);
""")

CONTROL_FLOW = js("""
    const fs = require('fs');
    setImmediate(async function go() {
      let total = 0;
      for (const n of ['a', 'b']) {
        try {
          total += (await fs.promises.readFile(n, 'utf8')).length;
        } catch (e) {
          total -= 1;
        }
      }
      const name = './lib/' + total;
      const mod = require(name);
      eval('1');
      console.log(mod);
    });
""")


def pos(text, offset):
    return Lines(text).pos(offset)


def at(text, needle, nth=0):
    """{line, column} of the nth occurrence of `needle` in the text."""
    offsets = [m.start() for m in re.finditer(re.escape(needle), text)]
    return pos(text, offsets[nth])


def continuations(text):
    return [f for f in graph(text)["fluxions"] if f["name"].startswith("await_")]


def await_offsets(text):
    return [m.start() for m in re.finditer(r"\bawait\b", text)]


@pytest.mark.parametrize("text", [SERVICE, CONTROL_FLOW, FUNCTION_EXPRESSION], ids=["routes", "loop", "function"])
def test_every_await_starts_a_continuation_at_the_await_keyword(text):
    starts = {(f["loc"]["start"]["line"], f["loc"]["start"]["column"])
              for f in graph(text)["fluxions"] if f["name"].startswith("await_")}
    assert starts == {(pos(text, o)["line"], pos(text, o)["column"]) for o in await_offsets(text)}


@pytest.mark.parametrize("text", [SERVICE, CONTROL_FLOW, FUNCTION_EXPRESSION, FUNCTION_DECLARATION],
                         ids=["routes", "loop", "function expression", "function declaration"])
def test_loc_and_range_of_every_fluxion_agree_in_the_original_text(text):
    lines = Lines(text)
    flx = graph(text)["fluxions"]
    assert len(flx) >= 3
    for f in flx:
        assert lines.loc(f["range"]) == f["loc"], f["id"]


@pytest.mark.parametrize("text", [SERVICE, CONTROL_FLOW, FUNCTION_EXPRESSION], ids=["routes", "loop", "function"])
def test_continuation_range_is_the_rest_of_the_function_from_the_await(text):
    conts = continuations(text)
    assert conts
    for f in conts:
        code = text[f["range"][0]:f["range"][1]]
        assert code.startswith("await ") and f["range"][1] <= len(text), f["id"]


def test_continuation_name_is_the_line_of_its_await():
    names = sorted(f["name"] for f in continuations(SERVICE))
    assert names == sorted(f"await_{f['loc']['start']['line']}" for f in continuations(SERVICE))
    assert names == ["await_10", "await_6", "await_7"]


def test_continuation_on_the_first_line_of_a_one_line_handler():
    assert fluxion(SERVICE, "await_10")["loc"]["start"] == at(SERVICE, "await fs.promises.readFile('a'")


def test_split_handler_range_ends_at_its_closing_brace():
    f = fluxion_at(SERVICE, 4)
    assert SERVICE[f["range"][0]:f["range"][1]].endswith("}") and f["loc"]["end"] == {"line": 9, "column": 1}


SPLIT_HANDLERS = [(SERVICE, 4, "async (req, res)"), (FUNCTION_EXPRESSION, 4, "async function show"),
                  (FUNCTION_DECLARATION, 4, "async function show")]
IDS = ["async arrow", "async function expression", "async function declaration"]


@pytest.mark.parametrize("text, line, written", SPLIT_HANDLERS, ids=IDS)
def test_split_handler_range_starts_with_async(text, line, written):
    f = fluxion_at(text, line)
    assert text[f["range"][0]:f["range"][1]].startswith(written)


@pytest.mark.parametrize("text, line, written", SPLIT_HANDLERS, ids=IDS)
def test_split_handler_loc_starts_at_async(text, line, written):
    assert fluxion_at(text, line)["loc"]["start"] == at(text, written)


def test_unsplit_async_handler_range_starts_with_async():
    text = js("""
        const express = require('express');
        const app = express();
        app.get('/', async (req, res) => { res.send('x'); });
    """)
    f = fluxion_at(text, 3)
    assert text[f["range"][0]:f["range"][1]] == "async (req, res) => { res.send('x'); }"
    assert f["loc"]["start"] == at(text, "async")


def test_fluxions_after_a_split_function_keep_their_positions():
    f = fluxion(SERVICE, "late")
    assert f["loc"]["start"] == at(SERVICE, "function late")
    assert SERVICE[f["range"][0]:f["range"][1]] == "function late() { res.end(); }"


def test_then_callback_in_a_continuation_keeps_its_position():
    f = fluxion(SERVICE, "statted")
    assert f["loc"]["start"] == at(SERVICE, "function statted")
    assert SERVICE[f["range"][0]:f["range"][1]].startswith("function statted(st) {")


def test_then_stream_in_a_continuation_is_located_at_its_call():
    g = graph(SERVICE)
    [s] = [s for s in g["streams"] if s["to"] == "statted"]
    assert s["loc"]["start"] == at(SERVICE, "fs.promises.stat(x)")
    assert s["callee"] == "fs.promises.stat(x).then"


@pytest.mark.parametrize("name", ["await_6", "await_7", "await_10"])
def test_await_stream_is_located_at_the_await(name):
    g = graph(SERVICE)
    target = fluxion(g, name)
    [s] = [s for s in g["streams"] if s["to"] == target["id"]]
    await_pos = target["loc"]["start"]
    call_pos = pos(SERVICE, target["range"][0] + len("await "))
    assert s["loc"]["start"] in (await_pos, call_pos)


def test_await_stream_is_on_the_line_of_the_await():
    g = graph(SERVICE)
    pairs = [(s["loc"]["start"]["line"], f["loc"]["start"]["line"])
             for f in continuations(SERVICE) for s in g["streams"] if s["to"] == f["id"]]
    assert len(pairs) == 3 and all(a == b for a, b in pairs)


def test_parameter_of_a_split_handler_is_located_at_its_name():
    assert variable(SERVICE, "res", declared_in=fluxion_at(SERVICE, 4)["id"])["loc"]["start"] == at(SERVICE, "res) =>")


def test_variable_declared_before_the_first_await_is_located_at_its_name():
    assert variable(SERVICE, "x")["loc"]["start"] == at(SERVICE, "x = req")


def test_variable_declared_by_an_await_is_located_at_its_name():
    assert variable(SERVICE, "doubled")["loc"]["start"] == at(SERVICE, "doubled = await")


def test_variable_of_a_split_loop_is_located_at_its_name():
    assert variable(CONTROL_FLOW, "total")["loc"]["start"] == at(CONTROL_FLOW, "total = 0")


def test_diagnostics_after_an_await_are_located_in_the_original_text():
    diags = {d["kind"]: d["loc"] for d in graph(CONTROL_FLOW)["diagnostics"]}
    assert diags["dynamic-require"]["start"] == at(CONTROL_FLOW, "require(name)")
    assert diags["eval"]["start"] == at(CONTROL_FLOW, "eval(")
    assert diags["eval"]["end"] == pos(CONTROL_FLOW, CONTROL_FLOW.index("eval('1')") + len("eval('1')"))


def test_after_continuation_starts_right_after_its_statement():
    f = fluxion(CONTROL_FLOW, "after_4")
    loop_end = CONTROL_FLOW.index("\n  const name")
    assert f["loc"]["start"] == pos(CONTROL_FLOW, loop_end)
    assert CONTROL_FLOW[f["range"][0]:f["range"][1]].strip().startswith("const name")


def test_kept_whole_diagnostic_is_located_at_the_construct():
    text = js("""
        const fs = require('fs');
        setImmediate(async function go() {
          let n = 0;
            do { n++; } while ((await fs.promises.readFile('b')).length < n);
        });
    """)
    [d] = [d for d in graph(text)["diagnostics"] if d.get("kind") == "await-kept-whole"]
    assert d["loc"]["start"] == at(text, "do {")


def test_positions_in_a_local_module():
    files = {
        "app.js": js("""
            const express = require('express');
            const store = require('./lib/store');
            const app = express();
            app.get('/x', async (req, res) => {
              const v = await store.load(req.query.k);
              res.send(v);
            });
        """),
        "lib/store.js": js("""
            const fs = require('fs');
            exports.load = async function load(k) {
              const text = await fs.promises.readFile(k, 'utf8');
              return text.trim();
            };
        """),
    }
    g = analyze_files(files).graph
    conts = {f["file"]: f for f in g["fluxions"] if f["name"].startswith("await_")}
    assert conts["lib/store.js"]["loc"]["start"] == at(files["lib/store.js"], "await")
    assert conts["app.js"]["loc"]["start"] == at(files["app.js"], "await")
    text = files["lib/store.js"]
    r = conts["lib/store.js"]["range"]
    assert text[r[0]:r[1]].startswith("await fs.promises.readFile(k, 'utf8');")
