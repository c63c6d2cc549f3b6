"""async/await: each `await` is a `post` stream to a continuation `await_<line>` that
starts at the await; variables live across an await travel in the signature."""
import os
import subprocess
import sys


from .helpers import (ROOT, assert_fluxions, diagnostics, fluxion, fluxion_at, graph, has_stream, js, kind_of,
                      same_group, signature, stream, summary, variable, variables)

DOUBLED = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    function delay(ms, value) {
      return new Promise(resolve => setTimeout(() => resolve(value), ms));
    }
    app.get('/await/:x', async (req, res) => {
      const x = Number(req.params.x);
      const doubled = await delay(3, x * 2);
      const text = await fs.promises.readFile(__filename, 'utf8');
      res.json({ doubled, sourceLines: text.split('\\n').length });
    });
"""

CHAIN = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/three', async (req, res) => {
      const who = req.query.who;
      const a = await fs.promises.readFile('a', 'utf8');
      const b = await fs.promises.readFile(a, 'utf8');
      const c = await fs.promises.readFile(b, 'utf8');
      res.send(who + a + b + c);
    });
"""

HELPER = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    async function loadBoth(a, b) {
      const first = await fs.promises.readFile(a, 'utf8');
      const second = await fs.promises.readFile(b, 'utf8');
      return first + second;
    }
    app.get('/both', async (req, res) => {
      const tag = req.query.tag;
      const text = await loadBoth('a.txt', 'b.txt');
      res.send(tag + text);
    });
    app.get('/then', (req, res) => {
      loadBoth('x', 'y').then(t => res.send(t));
    });
"""


def test_each_await_is_a_continuation_named_after_its_line():
    assert_fluxions(DOUBLED, ["main", ("post", 5), ("start", 7), ("post", 9, "await_9"), ("post", 10, "await_10")])


def test_first_await_is_a_post_stream_from_the_handler():
    s = stream(DOUBLED, 7, 9)
    assert (s["type"], s["callee"]) == ("post", "delay")


def test_second_await_is_a_post_stream_from_the_first_continuation():
    s = stream(DOUBLED, 9, 10)
    assert (s["type"], s["callee"]) == ("post", "fs.promises.readFile")


def test_value_of_an_earlier_await_travels_to_the_later_continuation():
    assert {"doubled", "res"} <= signature(DOUBLED, 9, 10)


def test_res_travels_to_the_first_continuation():
    assert "res" in signature(DOUBLED, 7, 9)


def test_variable_used_only_before_the_first_await_does_not_travel():
    assert "x" not in signature(DOUBLED, 7, 9) and "x" not in signature(DOUBLED, 9, 10)


def test_awaited_value_read_downstream_is_stream():
    doubled = variable(DOUBLED, "doubled")
    assert doubled["kind"] == "stream" and set(doubled["fluxions"]) == {"await_9", "await_10"}


def test_continuation_starts_at_the_await():
    assert fluxion_at(DOUBLED, 9)["loc"]["start"] == {"line": 9, "column": 18}
    assert fluxion_at(DOUBLED, 10)["loc"]["start"] == {"line": 10, "column": 15}


def test_continuations_end_with_the_function():
    assert fluxion_at(DOUBLED, 9)["loc"]["end"]["line"] == 12 and fluxion_at(DOUBLED, 10)["loc"]["end"]["line"] == 12


def test_no_group_when_nothing_is_written_across_awaits():
    assert graph(DOUBLED)["groups"] == []


def test_several_awaits_make_a_chain():
    assert_fluxions(CHAIN, ["main", ("start", 4), ("post", 6, "await_6"), ("post", 7, "await_7"),
                            ("post", 8, "await_8")])
    assert [stream(CHAIN, a, b)["type"] for a, b in [(4, 6), (6, 7), (7, 8)]] == ["post"] * 3


def test_no_stream_skips_an_await():
    assert not has_stream(CHAIN, 4, 7) and not has_stream(CHAIN, 4, 8) and not has_stream(CHAIN, 6, 8)


def test_values_accumulate_in_the_signatures_along_the_chain():
    assert {"res", "who"} <= signature(CHAIN, 4, 6)
    assert {"res", "who", "a"} <= signature(CHAIN, 6, 7)
    assert {"res", "who", "a", "b"} <= signature(CHAIN, 7, 8)


def test_awaited_values_are_not_carried_upstream():
    assert "b" not in signature(CHAIN, 4, 6) | signature(CHAIN, 6, 7)
    assert "c" not in signature(CHAIN, 7, 8)


def test_res_is_stream_from_the_handler_to_the_last_continuation():
    res = variable(CHAIN, "res")
    assert res["kind"] == "stream" and res["declared_in"] == fluxion(CHAIN, 4)["id"] and "await_8" in res["fluxions"]


def test_variable_declared_before_the_first_await_is_declared_in_the_handler():
    assert variable(CHAIN, "who")["declared_in"] == fluxion(CHAIN, 4)["id"]


def test_async_helper_called_from_a_handler_is_split_too():
    assert_fluxions(HELPER, ["main", ("post", 5, "await_5"), ("post", 6, "await_6"), ("start", 9),
                             ("post", 11, "await_11"), ("start", 14), ("post", 15)])


def test_helper_first_await_is_reached_from_every_caller():
    assert has_stream(HELPER, 9, 5) and has_stream(HELPER, 14, 5)


def test_helper_awaits_are_a_chain_with_its_variables():
    assert "b" in signature(HELPER, 9, 5) and "first" in signature(HELPER, 5, 6)


def test_handler_await_of_the_helper_carries_its_own_variables():
    s = stream(HELPER, 9, 11)
    assert s["callee"] == "loadBoth" and {"res", "tag"} <= set(s["signature"])


def test_then_on_the_helper_result_is_a_post_continuation():
    assert stream(HELPER, 14, 15)["callee"] == "loadBoth('x', 'y').then" and "res" in signature(HELPER, 14, 15)


def test_async_function_declaration_handler():
    src = """
        const express = require('express');
        const fs = require('fs');
        const app = express();
        async function show(req, res) {
          const text = await fs.promises.readFile('a', 'utf8');
          res.send(text);
        }
        app.get('/', show);
    """
    assert_fluxions(src, ["main", ("start", 4, "show"), ("post", 5, "await_5")])
    assert signature(src, 4, 5) == {"res"}


def test_two_awaits_on_one_line_are_two_continuations():
    src = """
        const fsp = require('fs').promises;
        setImmediate(async () => { const a = await fsp.readFile('a'); const b = await fsp.readFile(a); console.log(a, b); });
    """
    flx = [f for f in graph(src)["fluxions"] if f["name"].startswith("await_2")]
    line = js(src).splitlines()[1]
    awaits = [i for i in range(len(line)) if line.startswith("await", i)]
    assert sorted(f["loc"]["start"]["column"] for f in flx) == awaits and len(awaits) == 2
    first, second = sorted(flx, key=lambda f: f["loc"]["start"]["column"])
    assert any(s["from"] == first["id"] and s["to"] == second["id"] and "a" in s["signature"]
               for s in graph(src)["streams"])


def test_await_inside_a_call_argument_is_split_when_it_is_the_first_effect():
    src = """
        const express = require('express');
        const fs = require('fs');
        const app = express();
        app.get('/inline', async (req, res) => {
          const name = req.query.n;
          res.json({ text: await fs.promises.readFile(name, 'utf8'), name });
        });
    """
    assert_fluxions(src, ["main", ("start", 4), ("post", 6, "await_6")])
    assert {"res", "name"} <= signature(src, 4, 6) and diagnostics(src, "await-kept-whole") == []


def test_two_awaits_in_one_statement_are_taken_out_in_order():
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          const both = (await fs.promises.readFile('a', 'utf8')) +
            (await fs.promises.readFile('b', 'utf8'));
          console.log(both);
        });
    """
    assert_fluxions(src, ["main", ("post", 2, "go"), ("post", 3, "await_3"), ("post", 4, "await_4")])
    assert has_stream(src, 2, 3) and has_stream(src, 3, 4)


def test_awaiting_a_plain_value_still_yields():
    src = """
        setImmediate(async function go() {
          const a = await 1;
          console.log(a);
        });
    """
    assert_fluxions(src, ["main", ("post", 1, "go"), ("post", 2, "await_2")])


def test_await_assignment_and_destructuring():
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          let t;
          t = await fs.promises.readFile('a', 'utf8');
          const { size } = await fs.promises.stat('a');
          console.log(t, size);
        });
    """
    assert_fluxions(src, ["main", ("post", 2), ("post", 4, "await_4"), ("post", 5, "await_5")])
    assert "t" in signature(src, 4, 5)


def test_internal_names_of_the_transform_are_not_reported():
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          let t;
          t = await fs.promises.readFile('a', 'utf8');
          const [x] = await fs.promises.readdir('.');
          console.log(await fs.promises.readFile(x, 'utf8'), t);
        });
    """
    g = graph(src)
    names = {v["name"] for v in g["variables"]} | {n for s in g["streams"] for n in s["signature"]}
    assert names and not any(n.startswith("__") for n in names)


def test_async_handler_without_await_is_one_fluxion():
    src = """
        const express = require('express');
        const app = express();
        app.get('/', async (req, res) => { res.send('x'); });
    """
    assert_fluxions(src, ["main", ("start", 3)])
    assert diagnostics(src, "await-kept-whole") == []


def test_await_written_in_a_nested_plain_callback_of_an_async_function():
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          const list = await fs.promises.readdir('.');
          fs.readFile(list[0], function got(err, data) {
            console.log(list.length, data);
          });
        });
    """
    assert_fluxions(src, ["main", ("post", 2), ("post", 3, "await_3"), ("post", 4, "got")])
    assert "list" in signature(src, 3, 4)


def test_nested_async_callback_is_split_on_its_own():
    src = """
        const express = require('express');
        const fs = require('fs');
        const app = express();
        app.get('/', async (req, res) => {
          const a = await fs.promises.readFile('a', 'utf8');
          setTimeout(async function later() {
            const b = await fs.promises.readFile('b', 'utf8');
            res.send(a + b);
          }, 1);
        });
    """
    assert_fluxions(src, ["main", ("start", 4), ("post", 5, "await_5"), ("post", 6, "later"), ("post", 7, "await_7")])
    assert {"res", "a"} <= signature(src, 5, 6) and {"res", "a"} <= signature(src, 6, 7)


def test_variable_written_after_an_await_and_read_by_another_route_is_share():
    src = """
        const express = require('express');
        const fs = require('fs');
        const app = express();
        let last = '';
        app.get('/load', async (req, res) => {
          const text = await fs.promises.readFile('a', 'utf8');
          last = text;
          res.send(text);
        });
        app.get('/last', (req, res) => res.send(last));
    """
    assert kind_of(src, "last") == "share" and same_group(src, 6, 10)


def test_variable_written_upstream_and_read_downstream_across_awaits_is_stream():
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          let count = 0;
          await fs.promises.readFile('a');
          count = 1;
          await fs.promises.readFile('b');
          console.log(count);
        });
    """
    assert kind_of(src, "count") == "stream" and "count" in signature(src, 4, 6)


def test_expression_bodied_async_arrow_with_a_leading_await_is_split():
    src = """
        const express = require('express');
        const fs = require('fs');
        const app = express();
        app.get('/e', async (req, res) => res.send(await fs.promises.readFile('e', 'utf8')));
    """
    assert ("post", 4) in summary(src)
    assert diagnostics(src, "await-kept-whole") == []


def test_split_async_handler_keeps_its_async_flag():
    assert fluxion_at(DOUBLED, 7)["async"] is True


def test_local_variables_of_one_continuation_are_not_reported():
    assert variables(CHAIN, "c") == []


CHECK = os.path.join(os.path.dirname(ROOT), "shared", "tools", "check_corpus.py")


def test_check_corpus_analyze_advanced_has_no_failure():
    assert os.path.exists(CHECK), f"no {CHECK} next to the project"
    p = subprocess.run([sys.executable, os.path.join("..", "shared", "tools", "check_corpus.py"), "analyze",
                        "--level", "advanced"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    lines = p.stdout.strip().splitlines()
    assert lines and lines[-1].endswith(", 0 failed"), p.stdout + p.stderr
