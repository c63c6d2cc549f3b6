"""analyzer/forawait.py: `for await` written out as a loop on the user's lines, before async
functions are split (docs/executor.md, "async functions kept whole")."""
from analyzer import analyze_source, forawait
from analyzer.parse import parse

from .helpers import js, same_group


def written(src, module=False):
    text = js(src)
    new_text, mapping = forawait.desugar(text, parse(text, "app.js", module=module))
    return text, new_text, mapping


def test_the_loop_keeps_its_lines_and_maps_its_parts_back():
    text, new, mapping = written("""
        async function sum(xs) {
          let total = 0;
          for await (const { n } of xs) {
            total += n;
          }
          return total;
        }
    """)
    assert new.count("\\n") == text.count("\\n")
    assert "__rt.asyncIter(xs, \"xs\")" in new and "const { n } = __far1.value;" in new
    assert "if (__fan1) await __rt.asyncClose(__fai1);" in new
    at = new.index("total += n")
    assert text[mapping.original(at):].startswith("total += n")


def test_an_assignment_target_and_a_nested_loop():
    _, new, _ = written("""
        async function f(a, b) {
          let x;
          for await (x of a) for await (const y of b) use(x, y);
        }
    """)
    assert "(x = __far1.value);" in new and "const y = __far2.value;" in new
    assert new.index("__fai2") > new.index("__fai1")


def test_a_labelled_loop_and_the_top_level_stay_as_they_are():
    _, new, _ = written("""
        async function f(a) {
          outer: for await (const x of a) { if (x) continue outer; }
        }
    """)
    assert new is None
    _, new, _ = written("for await (const x of [1]) console.log(x);\n", module=True)
    assert new is None


QUEUE = """
    const express = require('express');
    const app = express();
    class Queue {
      items = [];
      waiting = [];
      push(x) { const w = this.waiting.shift(); if (w) w({ value: x, done: false }); else this.items.push(x); }
      [Symbol.asyncIterator]() { return { next: () => this.items.length ? Promise.resolve({ value: this.items.shift(), done: false }) : new Promise((r) => this.waiting.push(r)) }; }
    }
    const queue = new Queue();
    const done = [];
    async function worker() { for await (const job of queue) { await new Promise((r) => setTimeout(r, 1)); done.push(job); } }
    worker();
    app.post('/jobs', (req, res) => { queue.push(req.query.id); res.end(); });
    app.get('/jobs', (req, res) => res.json(done));
"""


def test_the_loop_over_a_queue_shares_the_queue_s_group():
    """Its continuations call `next()` on the queue's iterator: they write the queue, with the
    handler that pushes to it."""
    g = analyze_source(js(QUEUE)).graph
    assert not [d for d in g["diagnostics"] if d.get("kind") == "await-kept-whole"]
    assert same_group(QUEUE, "await_11", "await_11_2", 13, 14)  # the loop's first awaits: next()
