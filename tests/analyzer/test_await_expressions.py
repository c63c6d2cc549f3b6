"""Awaits inside expressions are split in evaluation order (analyzer/awaitexpr.py): each
becomes a continuation, a conditional whose branch awaits runs only the branch taken,
what is evaluated before an await and has an effect is kept once in a temporary, and
every line stays where the user wrote it. What they answer is checked against Node.js
by tests/services/fresh-await-expressions and fresh-redis4-await-positions."""
import pytest

from analyzer import analyze_source
from analyzer.asyncsplit import split
from analyzer.parse import Lines, parse

from .helpers import diagnostics, graph, js

HEAD = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
"""


def handler(body):
    """A service whose route handler (line 4) is an async arrow with this body (from line 5)."""
    return js(HEAD) + "app.get('/k', async (req, res) => {\n" + js(body) + "});\n"


read = "fs.promises.readFile('x', 'utf8')"
POSITIONS = {
    "conditional, both branches": f"const v = req.query.x\n  ? await {read}\n  : await fs.promises.readFile('y', 'utf8');\nres.send(v);",
    "conditional, one branch": f"const v = req.query.x ? await {read} : 'none';\nres.send(v);",
    "logical and": f"const v = req.query.x && await {read};\nres.send(String(v));",
    "logical or": f"const v = req.query.x || await {read};\nres.send(v);",
    "nullish": f"const v = req.query.x ?? await {read};\nres.send(v);",
    "template literal": f"res.send(`a ${{await {read}}} b ${{await {read}}}`);",
    "object literal": f"res.json({{ [req.query.k]: 1, a: await {read}, b: [1, await {read}] }});",
    "call arguments after an effect": f"res.status(201).json(String(Date.now()), await {read});",
    "await in an await's operand": f"res.send(await (await fs.promises.stat('x')).size.toString());",
    "await in a call's object": f"res.send(await (await fs.promises.open('x')).readFile('utf8'));",
    "compound assignment": f"let n = 1;\nn += (await {read}).length;\nres.send(String(n));",
    "if condition with awaiting branches": f"if (await {read}) {{\n  res.send(await {read});\n}} else res.end();",
    "for-of over an awaited list with an awaiting body": f"for (const n of await fs.promises.readdir('.')) {{\n  await fs.promises.stat(n);\n}}\nres.end();",
    "while test": f"let t;\nwhile ((t = await {read}) !== '') {{\n  if (t === 'skip') continue;\n  res.write(t);\n}}\nres.end();",
    "for test": f"for (let i = 0; i < 3 && (await {read}); i++) res.write(String(i));\nres.end();",
    "finally block": f"try {{\n  await {read};\n}} finally {{\n  await fs.promises.unlink('x');\n}}\nres.end();",
    "effect holding a function before an await": f"res.send([1, 2].map((n) => n + 1).join() + (await {read}));",
    "awaits on several lines": f"res.json({{\n  a: req.query.a\n    && await {read},\n  b: await {read},\n}});",
}


@pytest.mark.parametrize("name", sorted(POSITIONS))
def test_await_position_is_split(name):
    src = handler(POSITIONS[name])
    assert diagnostics(src, "await-kept-whole") == []
    assert any(f["name"].startswith(("await_", "after_")) for f in graph(src)["fluxions"])


@pytest.mark.parametrize("name", sorted(POSITIONS))
def test_lines_stay_where_they_were(name):
    src = handler(POSITIONS[name])
    new_text, _, kept = split(src, parse(src, "app.js"), Lines(src))
    assert kept == []
    assert new_text.count("\n") == src.count("\n")
    assert [line.split(" ")[0] for line in new_text.splitlines()[:4]] == [line.split(" ")[0] for line in src.splitlines()[:4]]
    parse(new_text, "app.js")  # the rewritten text is JavaScript


def test_only_the_branch_taken_is_awaited():
    src = handler(POSITIONS["conditional, one branch"])
    new_text, _, _ = split(src, parse(src, "app.js"), Lines(src))
    assert "__rt.block(() => {return __rt.awaitv(fs.promises.readFile('x', 'utf8'))" in new_text
    assert "__rt.ret('none')" in new_text  # the other branch's value, not awaited


def test_what_has_an_effect_before_an_await_is_evaluated_once_first():
    src = handler(POSITIONS["call arguments after an effect"])
    new_text, _, _ = split(src, parse(src, "app.js"), Lines(src))
    assert new_text.index("(res.status(201))") < new_text.index("(String(Date.now()))") \
        < new_text.index(f"__rt.awaitv({read})")


def test_a_compound_assignment_reads_its_target_before_the_await():
    src = handler(POSITIONS["compound assignment"])
    new_text, _, _ = split(src, parse(src, "app.js"), Lines(src))
    assert new_text.index("= n;") < new_text.index("__rt.awaitv(")


def test_an_await_continuation_starts_at_its_await():
    src = handler(POSITIONS["awaits on several lines"])
    lines = sorted(f["loc"]["start"]["line"] for f in graph(src)["fluxions"] if f["name"].startswith("await_"))
    assert lines == [6, 7, 8]  # the `&&` (its branch's value), the await in it, the second await


METHODS = js(HEAD) + js("""
    class Store {
      #dir = '.';
      constructor(name) { this.name = name; }
      async read(file) {
        const t = await fs.promises.readFile(this.#dir + '/' + file, 'utf8');
        return this.name + t + (await fs.promises.readFile(this.#dir + '/x', 'utf8'));
      }
      static async open(name) { return new this(await fs.promises.readFile(name, 'utf8')); }
    }
    const api = { prefix: 'p', async get(k) { return this.prefix + (await fs.promises.readFile(k, 'utf8')); } };
    app.get('/k', async (req, res) => res.send(await (await Store.open('n')).read('f') + await api.get('k')));
""")


def test_async_methods_split_with_this_bound():
    new_text, _, kept = split(METHODS, parse(METHODS, "app.js"), Lines(METHODS))
    assert kept == []
    assert new_text.count("const __this = this;") == 3
    assert "__this.#dir" in new_text  # a continuation's private use is the compiler's (private_uses.py)
    assert "(__this.name + t" in new_text and "(this.name" not in new_text
    assert new_text.count("\n") == METHODS.count("\n")
    names = [f["name"] for f in analyze_source(METHODS).graph["fluxions"]]
    assert sum(n.startswith("await_") for n in names) >= 5


def test_a_value_read_before_an_await_is_read_before_it():
    # `[n, await f(), n]`: JavaScript reads the first `n` before f runs (f may change it); a
    # read of a property or a variable before an await is kept in a temporary, as an effect is
    # (the object of a method call is not: `res.json(...)` keeps its `this`).
    src = handler("let n = 0;\nconst o = { k: 1 };\nres.json([n, o.k, await fs.promises.readFile('x'), n, { n, o }]);")
    new_text, _, kept = split(src, parse(src, "app.js"), Lines(src))
    assert kept == []
    assert new_text.index("= (n);") < new_text.index("= (o.k);") < new_text.index("__rt.awaitv(")
    assert "res.json([__x" in new_text  # the method's object stays in place
    tail = new_text[new_text.index("__rt.awaitv("):]
    assert ", n, { n, o }])" in tail  # what is read after the await is read there


def test_a_shorthand_property_before_an_await_keeps_its_name():
    src = handler("let n = 0;\nres.json({ n, v: await fs.promises.readFile('x') });")
    new_text, _, _ = split(src, parse(src, "app.js"), Lines(src))
    assert "res.json({ n: __x" in new_text


def test_an_object_spread_before_an_await_copies_the_object():
    src = handler("const user = { id: 1 };\nres.json({ ...user, team: await fs.promises.readFile('x') });")
    new_text, _, _ = split(src, parse(src, "app.js"), Lines(src))
    assert "= ({...user});" in new_text and "[...user]" not in new_text


def test_an_assignment_target_with_an_effect_runs_it_before_the_await():
    # `out[i++] = await f()`: JavaScript evaluates `out` and `i++` before f runs
    src = handler("let i = 0;\nconst out = {};\nout[i++] = await fs.promises.readFile('x');\nres.json(out);")
    new_text, _, kept = split(src, parse(src, "app.js"), Lines(src))
    assert kept == []
    assert new_text.index("= (i++);") < new_text.index("__rt.awaitv(")
