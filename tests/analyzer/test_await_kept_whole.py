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
    "do while": (handler("""
        let n = 0;
        do {
          await fs.promises.readFile('x' + n);
          n++;
        } while (n < 3);
        res.end();
    """), 6, "do ... while"),
    "await in a while head": (handler("""
        let n = 0;
        while (n < 3 &&
               (await fs.promises.readFile('x', 'utf8')) !== '') {
          n++;
        }
        res.end();
    """), 6, "loop's head"),
    "await in a for-of head and body": (handler("""
        const names = [];
        for (const name of await fs.promises.readdir('.')) {
          names.push(await fs.promises.readFile(name, 'utf8'));
        }
        res.json(names);
    """), 6, "loop's head"),
    "await in a for init": (handler("""
        let s = 0;
        for (let i = (await fs.promises.readFile('n', 'utf8')).length; i > 0; i--) {
          s += i;
        }
        res.send(String(s));
    """), 6, "loop's head"),
    "await after an effect taken on a condition": (handler("""
        const a = (req.query.x && String(req.query.x)) +
          await fs.promises.readFile('x', 'utf8');
        res.send(a);
    """), 5, "expression"),
    "await after an effect holding a function": (handler("""
        res.send([1, 2].map((n) => n + 1).join() +
          (await fs.promises.readFile('x', 'utf8')));
    """), 5, "expression"),
    "await inside an await's operand": (handler("""
        const t = await fs.promises.readFile(
          await fs.promises.readFile('name.txt', 'utf8'), 'utf8');
        res.send(t);
    """), 5, "await"),
    "await in a finally block": (handler("""
        try {
          await fs.promises.readFile('x');
        } finally {
          await fs.promises.unlink('x');
        }
        res.end();
    """), 7, "finally"),
    "arguments after an await": (js(HEAD) + "app.get('/k', async function (req, res) {\n" + js("""
        const t = await fs.promises.readFile('x', 'utf8');
        res.send(t + arguments.length);
    """) + "});\n", 6, "arguments"),
    "this in an arrow after an await": (js(HEAD) + "app.get('/k', async function (req, res) {\n" + js("""
        await fs.promises.readFile('x', 'utf8');
        [1].forEach(() => res.send(String(this === undefined)));
    """) + "});\n", 6, "this"),
    "this in a loop with an await": (js(HEAD) + "app.get('/k', async function (req, res) {\n" + js("""
        for (const n of ['a', 'b']) {
          this.last = n;
          await fs.promises.readFile(n);
        }
        res.end();
    """) + "});\n", 6, "this"),
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


@pytest.mark.parametrize("src, line", [(ASYNC_CLASS_METHOD, 5), (ASYNC_OBJECT_METHOD, 5)],
                         ids=["class method", "object method"])
def test_async_method_is_kept_whole(src, line):
    found = diagnostics(src, "await-kept-whole")
    assert [(d["severity"], d["loc"]["start"]["line"]) for d in found] == [("info", line)]
    assert "method" in found[0]["message"]
    assert not any(f["name"].startswith(("await_", "after_")) for f in graph(src)["fluxions"])


def test_then_on_a_kept_whole_method_is_still_a_continuation():
    assert_fluxions(ASYNC_CLASS_METHOD, ["main", ("start", 11), ("post", 11)])


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


def test_for_await_is_kept_whole_with_one_diagnostic():
    g = analyze_source(js(FOR_AWAIT)).graph
    found = [d for d in g["diagnostics"] if d.get("kind") == "await-kept-whole"]
    assert [(d["severity"], d["loc"]["start"]["line"]) for d in found] == [("info", 6)]
    assert [f["name"] for f in g["fluxions"] if f["name"].startswith(("await_", "after_"))] == []


CONDITIONAL = {
    "conditional expression": "const v = req.query.x ? await fs.promises.readFile('x', 'utf8') : 'none';\n",
    "logical and": "const v = req.query.x && await fs.promises.readFile('x', 'utf8');\n",
    "logical or": "const v = req.query.x || await fs.promises.readFile('x', 'utf8');\n",
}


@pytest.mark.parametrize("name", sorted(CONDITIONAL))
def test_conditionally_evaluated_await_keeps_the_function_whole(name):
    src = handler(CONDITIONAL[name] + "res.send(String(v));\n")
    assert [d["loc"]["start"]["line"] for d in diagnostics(src, "await-kept-whole")] == [5]
    assert_fluxions(src, ["main", ("start", 4)])


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
      do { await fs.promises.readFile('b'); n++; } while (n < 2);
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
