"""Every syntax row of issue 16 (ES2018 to ES2023) is parsed and analysed: its
fluxions, streams and diagnostics, with positions in the user's own text."""
import pytest

from analyzer import analyze_source

from .helpers import assert_fluxions, diagnostics, graph, js, routes, signature, summary

HEAD = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
"""


def service(body):
    """HEAD (lines 1-3), then `body` from line 4."""
    return js(HEAD) + js(body)


# One handler per row: line 4 registers the route, line 5 starts a timer whose callback
# (a continuation) uses the construct; the line numbers below rely on that shape.
ROWS = {
    "object spread and rest, **": """
        app.get('/a', (req, res) => {
          setTimeout(() => { const { x, ...rest } = { x: 2, y: 3 }; res.send({ ...rest, p: x ** 10 }); }, 1);
        });
    """,
    "optional chaining": """
        app.get('/a', (req, res) => {
          setTimeout(() => { res?.send(req.query?.name?.toUpperCase?.() ?? 'none'); }, 1);
        });
    """,
    "nullish coalescing": """
        app.get('/a', (req, res) => {
          setTimeout(() => { res.send(String(req.query.n ?? 0)); }, 1);
        });
    """,
    "class fields": """
        class Counter { count = 0; static made = 0; static { Counter.ready = true; } }
        app.get('/a', (req, res) => {
          setTimeout(() => { res.send(String(new Counter().count)); }, 1);
        });
    """,
    "private members": """
        class Vault { #secret = 1; #bump() { return ++this.#secret; } open() { return this.#bump(); }
          static owns(o) { return #secret in o; } }
        app.get('/a', (req, res) => {
          setTimeout(() => { const v = new Vault(); res.send(String(v.open() + Vault.owns(v))); }, 1);
        });
    """,
    "optional catch binding": """
        app.get('/a', (req, res) => {
          setTimeout(() => { try { JSON.parse(req.query.j); res.send('ok'); } catch { res.send('bad'); } }, 1);
        });
    """,
    "numeric separators": """
        app.get('/a', (req, res) => {
          setTimeout(() => { res.send(String(1_000_000 + 0xff_ff === 0 ? 0 : 1_000_000)); }, 1_0);
        });
    """,
    "for await": """
        app.get('/a', (req, res) => {
          setTimeout(async () => { const out = []; for await (const x of [1, Promise.resolve(2)]) out.push(x); res.send(out); }, 1);
        });
    """,
    "named capture groups": """
        app.get('/a', (req, res) => {
          setTimeout(() => { const m = /(?<year>\\d{4})-(?<month>\\d\\d)/u.exec(req.query.d); res.send(m?.groups?.year); }, 1);
        });
    """,
    "logical assignment": """
        app.get('/a', (req, res) => {
          setTimeout(() => { const o = {}; o.a ||= 1; o.b &&= 2; o.c ??= 3; res.send(o); }, 1);
        });
    """,
}
ROUTE_LINE = {name: 4 + js(src)[:js(src).index("app.get")].count("\n") for name, src in ROWS.items()}


@pytest.mark.parametrize("name", sorted(ROWS))
def test_row_is_parsed_and_split_into_its_fluxions(name):
    src = service(ROWS[name])
    line = ROUTE_LINE[name]
    kinds = [k for k in summary(src) if k != "main"]
    assert ("start", line) in kinds and ("post", line + 1) in kinds, summary(src)
    assert (("GET", "/a", line) in routes(src))
    assert not diagnostics(src, severity="error")


# -- optional chaining -------------------------------------------------------

# the same program written with `.` and with `?.` has the same fluxions and streams
OPTIONAL = {
    "call of a parameter": """
        function load(name, done) { fs.readFile(name, 'utf8', (err, text) => done?.(err, text)); }
        app.get('/a', (req, res) => {
          load('x', (err, text) => { res?.send(text); });
        });
    """,
    "method of an outside module": """
        app.get('/a', (req, res) => {
          fs?.readFile('x', (err, text) => { res?.status(200)?.send(text); });
        });
    """,
    "handler through an object": """
        const handlers = { done(req, res) { setTimeout(() => res.send('d'), 1); } };
        app.get('/a', handlers?.done);
    """,
    "promise chain": """
        app.get('/a', (req, res) => {
          fs.promises?.readFile('x')?.then((text) => { res.send(text); })?.catch?.(() => res.sendStatus(500));
        });
    """,
}


def plain(src):
    return src.replace("?.(", "(").replace("?.", ".")


@pytest.mark.parametrize("name", sorted(OPTIONAL))
def test_optional_chaining_gives_the_graph_of_plain_members(name):
    optional, without = graph(service(OPTIONAL[name])), graph(service(plain(OPTIONAL[name])))
    assert summary(optional) == summary(without) and len(summary(optional)) > 1
    assert [(s["from"], s["to"], s["signature"]) for s in optional["streams"]] == \
        [(s["from"], s["to"], s["signature"]) for s in without["streams"]]


def test_optional_member_call_on_the_app_registers_a_route():
    src = service("""
        app?.get('/opt', (req, res) => { res.send('x'); });
    """)
    assert routes(src) == {("GET", "/opt", 4)}


def test_callback_through_an_optional_member_of_a_local_object():
    src = service("""
        const handlers = { done(req, res) { res.send('d'); } };
        app.get('/a', handlers?.done);
    """)
    assert ("start", 4) in summary(src)


def test_variables_read_through_optional_chains_and_nullish_travel():
    src = service("""
        app.get('/a', (req, res) => {
          const name = req.query?.name ?? 'anon';
          setTimeout(() => { res.send(name); }, 1);
        });
    """)
    assert {"name", "res"} <= signature(src, 4, 6)


# -- logical assignment --------------------------------------------------------

@pytest.mark.parametrize("op", ["||=", "&&=", "??="])
def test_logical_assignment_of_a_module_variable_is_a_write(op):
    """Written by one handler and read by another: shared state, as with `=`."""
    src = service(f"""
        let greeting = null;
        app.post('/a', (req, res) => {{
          greeting {op} req.query.g;
          res.send('ok');
        }});
        app.get('/a', (req, res) => {{ res.send(String(greeting)); }});
    """)
    assert [v["kind"] for v in graph(src)["variables"] if v["name"] == "greeting"] == ["share"]


@pytest.mark.parametrize("statement", ["delete sessions[req.params.id];", "delete sessions?.[req.params.id];"])
def test_delete_through_an_optional_chain_writes_the_object(statement):
    src = service(f"""
        const sessions = {{}};
        app.delete('/s/:id', (req, res) => {{
          {statement}
          res.send('ok');
        }});
        app.get('/s/:id', (req, res) => {{ res.send(String(sessions[req.params.id])); }});
    """)
    assert [v["kind"] for v in graph(src)["variables"] if v["name"] == "sessions"] == ["share"]


# -- classes ----------------------------------------------------------------------

def test_class_field_arrow_used_as_a_handler():
    src = service("""
        class Api {
          prefix = 'api';
          list = (req, res) => { setTimeout(() => res.send(this.prefix), 1); };
        }
        const api = new Api();
        app.get('/a', api.list);
    """)
    assert summary(src) == ["main", ("start", 6), ("post", 6)]


def test_static_block_and_private_method_do_not_hide_public_methods():
    src = service("""
        class Store {
          static #all = [];
          static { Store.#all.push('seed'); }
          #read(done) { fs.readFile('x', done); }
          static size() { return Store.#all.length; }
        }
        app.get('/a', (req, res) => { res.send(String(Store.size())); });
    """)
    assert routes(src) == {("GET", "/a", 10)}


def test_private_method_is_not_the_public_one_of_the_same_name():
    """`q.#run(cb)` calls `#run`, which calls `cb` at once: not `run`, which defers it."""
    src = service("""
        class Q {
          #run(cb) { cb(); }
          run(cb) { setTimeout(cb, 1); }
          static go(q, cb) { q.#run(cb); }
        }
        app.get('/a', (req, res) => { Q.go(new Q(), () => res.send('x')); });
    """)
    assert summary(src) == ["main", ("start", 9)]
    assert summary(src.replace("q.#run(cb)", "q.run(cb)")) == ["main", ("start", 9), ("post", 9)]


# -- awaits inside the new operators -------------------------------------------

def async_handler(body):
    """A service whose route handler (line 4) is an async arrow with this body (from line 5)."""
    return service("app.get('/k', async (req, res) => {\n" + js(body) + "});\n")


SPLIT = {
    "await on the left of ??": "const v = (await fs.promises.readFile('x', 'utf8')) ?? 'none';\nres.send(v);\n",
    "optional member of an awaited value": "const n = (await fs.promises.stat('x'))?.size;\nres.send(String(n));\n",
    "await as the object of an optional call": "(await fs.promises.readFile('x', 'utf8'))?.trim?.();\nres.send('ok');\n",
    "await on the right of ??": "const v = req.query.v ?? await fs.promises.readFile('x', 'utf8');\nres.send(v);\n",
    "try with an optional catch binding": "try {\n  await fs.promises.readFile('x');\n} catch {\n  res.status(404);\n}\nres.send('done');\n",
    "for await": "const out = [];\nfor await (const x of fs.createReadStream('x')) out.push(x);\nres.send(out.join(''));\n",
}
KEPT_WHOLE = {
    "await in the arguments of an optional call": "res?.send(await fs.promises.readFile('x', 'utf8'));\n",
    "await in a key after an optional link": "const v = req.query?.[await fs.promises.readFile('k', 'utf8')];\nres.send(v);\n",
    "await after ??=": "let v = req.query.v;\nv ??= await fs.promises.readFile('x', 'utf8');\nres.send(v);\n",
    "await after ||=": "let v = req.query.v;\nv ||= await fs.promises.readFile('x', 'utf8');\nres.send(v);\n",
    "await after &&=": "let v = req.query.v;\nv &&= await fs.promises.readFile('x', 'utf8');\nres.send(v);\n",
}


@pytest.mark.parametrize("name", sorted(SPLIT))
def test_await_evaluated_unconditionally_is_split(name):
    src = async_handler(SPLIT[name])
    assert not diagnostics(src, "await-kept-whole")
    assert any(f["name"].startswith(("await_", "after_")) for f in graph(src)["fluxions"]), summary(src)


@pytest.mark.parametrize("name", sorted(KEPT_WHOLE))
def test_await_that_may_be_skipped_keeps_the_function_whole(name):
    src = async_handler(KEPT_WHOLE[name])
    line = 5 + KEPT_WHOLE[name][:KEPT_WHOLE[name].index("await")].count("\n")
    assert [d["loc"]["start"]["line"] for d in diagnostics(src, "await-kept-whole")] == [line]
    assert_fluxions(src, ["main", ("start", 4)])


# -- positions ------------------------------------------------------------------

def test_positions_after_astral_characters_are_in_code_points():
    """Columns count characters as Python does (an emoji is one), not UTF-16 units."""
    src = "const express = require('express');\nconst app = express();\n" \
          "app.get('/😀', (req, res) => { setTimeout(() => res?.send('😀😀'), 1); });\n"
    g = analyze_source(src).graph
    post = [f for f in g["fluxions"] if f["kind"] == "post"][0]
    assert post["loc"]["start"] == {"line": 3, "column": src.splitlines()[2].index("() => res")}
