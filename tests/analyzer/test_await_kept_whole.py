"""An await in a position the transform does not split keeps its function whole: one
fluxion, no `await_`/`after_` continuation, exactly one `await-kept-whole` info
diagnostic at the construct that prevents the split, and no crash."""
import json

import pytest

from analyzer import analyze_source

from .helpers import assert_fluxions, diagnostics, graph, js, run_analyzer, summary

HEAD = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
"""


def handler(body):
    """A service whose route handler (line 4) is an async arrow with this body (from line 5)."""
    return js(HEAD) + "app.get('/k', async (req, res) => {\n" + js(body) + "});\n"


# name -> (fixture, line of the diagnostic, word of its message)
CASES = {
    "switch": (handler("""
        let out = '';
        switch (req.query.kind) {
          case 'a':
            out = await fs.promises.readFile('a', 'utf8');
            break;
          default:
            out = 'none';
        }
        res.send(out);
    """), 6, "switch"),
    "labelled statement": (handler("""
        outer:
        for (const n of ['a', 'b']) {
          await fs.promises.readFile(n);
          if (n === 'a') continue outer;
        }
        res.end();
    """), 5, "labelled"),
    "await in a do while's test": (handler("""
        let n = 0;
        do {
          n++;
        } while ((await fs.promises.readFile('x' + n)).length < 3);
        res.end();
    """), 6, "do ... while"),
    "await in a for init": (handler("""
        let s = 0;
        for (let i = (await fs.promises.readFile('n', 'utf8')).length; i > 0; i--) {
          s += i;
        }
        res.send(String(s));
    """), 6, "loop's head"),
    "arguments after an await": (js(HEAD) + "app.get('/k', async function (req, res) {\n" + js("""
        const t = await fs.promises.readFile('x', 'utf8');
        res.send(t + arguments.length);
    """) + "});\n", 6, "arguments"),
    "super after an await": (js(HEAD) + "class Base { load() { return 1; } }\n" + js("""
        class Store extends Base {
          async load() {
            await fs.promises.readFile('x');
            return super.load();
          }
        }
        app.get('/k', (req, res) => new Store().load().then((n) => res.send(String(n))));
    """), 8, "super"),
    "await on the right of a logical assignment": (handler("""
        let v = req.query.v;
        v ||= await fs.promises.readFile('x', 'utf8');
        res.send(v);
    """), 6, "logical assignment"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_exactly_one_info_diagnostic_at_the_construct(name):
    src, line, _ = CASES[name]
    found = diagnostics(src, "await-kept-whole")
    assert [(d["severity"], d["loc"]["start"]["line"]) for d in found] == [("info", line)]


@pytest.mark.parametrize("name", sorted(CASES))
def test_message_says_why(name):
    src, _, word = CASES[name]
    [d] = diagnostics(src, "await-kept-whole")
    assert word in d["message"] and "not split" in d["message"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_function_is_one_fluxion(name):
    src, _, _ = CASES[name]
    if "class" not in src:
        assert_fluxions(src, ["main", ("start", 4)])
    assert not any(f["name"].startswith(("await_", "after_")) for f in graph(src)["fluxions"])


ASYNC_CLASS_METHOD = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    class Store {
      async load(name) {
        const t = await fs.promises.readFile(name, 'utf8');
        return t.trim();
      }
    }
    const store = new Store();
    app.get('/k', (req, res) => { store.load('a').then(t => res.send(t)); });
"""

ASYNC_OBJECT_METHOD = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    const store = {
      async load(name) {
        const t = await fs.promises.readFile(name, 'utf8');
        return t.trim();
      },
    };
    app.get('/k', (req, res) => { store.load('a').then(t => res.send(t)); });
"""


@pytest.mark.parametrize("src", [ASYNC_CLASS_METHOD, ASYNC_OBJECT_METHOD], ids=["class method", "object method"])
def test_async_method_is_split_like_an_async_function(src):
    assert diagnostics(src, "await-kept-whole") == []
    assert_fluxions(src, ["main", ("start", 11 if "class" in src else 10), ("post", 6, "await_6"),
                          ("post", 11 if "class" in src else 10)])


FOR_AWAIT = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/k', async (req, res) => {
      const parts = [];
      for await (const chunk of fs.createReadStream('x')) {
        parts.push(chunk);
      }
      res.send(parts.join(''));
    });
"""


def test_for_await_is_written_out_as_a_loop_and_split():
    """analyzer/forawait.py: each `next()` is an await of the function's own, so a `next()` that
    settles in a later message (a queue a later request pushes to) resumes it."""
    g = analyze_source(js(FOR_AWAIT)).graph
    assert [d for d in g["diagnostics"] if d.get("kind") == "await-kept-whole"] == []
    assert "await_6" in [f["name"] for f in g["fluxions"]]


def test_several_unsupported_awaits_in_one_function_give_one_diagnostic():
    src = handler("""
        switch (req.query.k) { case 'a': await fs.promises.readFile('a'); }
        let n = 0;
        do { await fs.promises.readFile('b'); n++; } while (n < 2);
        res.end();
    """)
    assert len(diagnostics(src, "await-kept-whole")) == 1
    assert_fluxions(src, ["main", ("start", 4)])


TWO_KEPT = js(HEAD) + js("""
    app.get('/a', async (req, res) => {
      switch (req.query.k) { case 'a': await fs.promises.readFile('a'); }
      res.end();
    });
    app.get('/b', async (req, res) => {
      let n = 0;
      do { n++; } while ((await fs.promises.readFile('b')).length < n);
      res.end();
    });
""")


def test_each_kept_whole_function_has_its_own_diagnostic():
    assert sorted(d["loc"]["start"]["line"] for d in diagnostics(TWO_KEPT, "await-kept-whole")) == [5, 10]
    assert_fluxions(TWO_KEPT, ["main", ("start", 4), ("start", 8)])


def test_kept_whole_function_next_to_a_split_one():
    src = js(HEAD) + js("""
        app.get('/whole', async (req, res) => {
          switch (req.query.k) { case 'a': await fs.promises.readFile('a'); }
          res.end();
        });
        app.get('/split', async (req, res) => {
          const t = await fs.promises.readFile('b', 'utf8');
          res.send(t);
        });
    """)
    assert_fluxions(src, ["main", ("start", 4), ("start", 8), ("post", 9, "await_9")])
    assert [d["loc"]["start"]["line"] for d in diagnostics(src, "await-kept-whole")] == [5]


def test_split_function_nested_in_a_kept_whole_one_is_still_split():
    src = handler("""
        setTimeout(async function later() {
          const t = await fs.promises.readFile('b', 'utf8');
          console.log(t);
        }, 1);
        switch (req.query.k) { case 'a': await fs.promises.readFile('a'); }
        res.end();
    """)
    assert_fluxions(src, ["main", ("start", 4), ("post", 5, "later"), ("post", 6, "await_6")])
    assert [d["loc"]["start"]["line"] for d in diagnostics(src, "await-kept-whole")] == [9]


def test_kept_whole_function_keeps_its_callbacks():
    src = handler("""
        switch (req.query.k) { case 'a': await fs.promises.readFile('a'); }
        fs.readFile('x', function done(err, data) { res.send(data); });
    """)
    assert_fluxions(src, ["main", ("start", 4), ("post", 6, "done")])


def test_supported_positions_give_no_diagnostic():
    src = handler("""
        const a = await fs.promises.readFile('a', 'utf8');
        res.json({ a, b: await fs.promises.readFile('b', 'utf8') });
    """)
    assert diagnostics(src, "await-kept-whole") == []


def test_cli_does_not_crash_on_kept_whole_functions(tmp_path):
    path = tmp_path / "app.js"
    path.write_text(TWO_KEPT)
    p = run_analyzer(str(path), "--format", "json")
    assert p.returncode == 0, p.stderr
    g = json.loads(p.stdout)
    assert len([d for d in g["diagnostics"] if d.get("kind") == "await-kept-whole"]) == 2


def test_summary_of_a_kept_whole_handler_is_the_handler_only():
    src, _, _ = CASES["switch"]
    assert summary(src) == ["main", ("start", 4)]


def test_this_and_arguments_before_the_first_await_or_in_inner_functions_allow_the_split():
    src = js(HEAD) + "app.get('/k', async function (req, res) {\n" + js("""
        const self = this, count = arguments.length;
        const t = await fs.promises.readFile('x', 'utf8');
        const f = function () { return this && arguments.length; };
        res.send(t + count + f() + req.arguments + {arguments: 1}.arguments);
    """) + "});\n"
    assert diagnostics(src, "await-kept-whole") == []
    assert any(f["name"].startswith("await_") for f in graph(src)["fluxions"])

