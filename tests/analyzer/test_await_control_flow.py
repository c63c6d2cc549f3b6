"""Awaits inside try/catch, if/else and loops: continuations `await_<line>`, the code
after the statement `after_<line>`; what a loop accumulates across iterations is
`share` (a cell), and so is its counter."""

from .helpers import (assert_fluxions, diagnostics, fluxion_at, graph, has_stream, kind_of, reaches, same_group,
                      signature, stream, streams_into, variable)

TRY = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/try', async (req, res) => {
      const name = req.query.name;
      try {
        const text = await fs.promises.readFile(name, 'utf8');
        res.send(text);
      } catch (err) {
        res.status(404).send(err.message);
      }
      console.log('served', name);
    });
"""

TRY_AWAIT_IN_CATCH = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/c', async (req, res) => {
      const name = req.query.name;
      try {
        const text = await fs.promises.readFile(name, 'utf8');
        return res.send(text);
      } catch (err) {
        const fallback = await fs.promises.readFile('default.txt', 'utf8');
        res.status(404).send(fallback + name);
      } finally {
        console.log('done', name);
      }
    });
"""

IF_ELSE = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/if', async (req, res) => {
      let body;
      if (req.query.a) {
        body = await fs.promises.readFile('a', 'utf8');
      } else {
        body = await fs.promises.readFile('b', 'utf8');
      }
      res.send(body);
    });
"""

FOR = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/for', async (req, res) => {
      let total = 0;
      for (let i = 0; i < 3; i++) {
        const text = await fs.promises.readFile('f' + i, 'utf8');
        total += text.length + i;
      }
      res.send(String(total));
    });
"""

FOR_OF = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/forof', async (req, res) => {
      const names = req.query.names.split(',');
      const prefix = req.query.p;
      let joined = '';
      for (const name of names) {
        if (name === 'skip') continue;
        const part = await fs.promises.readFile(name, 'utf8');
        if (part === 'stop') break;
        joined += prefix + name + part;
      }
      res.send(joined);
    });
"""

WHILE = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/while', async (req, res) => {
      let n = 0;
      let sum = 0;
      while (n < 3) {
        sum += (await fs.promises.readFile('w' + n, 'utf8')).length;
        n++;
        if (sum > 100) break;
      }
      res.send(String(sum));
    });
"""

RETURNS = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/ret', async (req, res) => {
      if (!req.query.x) return res.status(400).send('no x');
      const a = await fs.promises.readFile(req.query.x, 'utf8');
      if (a.length === 0) return res.status(204).end();
      const b = await fs.promises.readFile(a, 'utf8');
      return res.send(b);
    });
"""


def kept_whole(fixture):
    return diagnostics(fixture, "await-kept-whole")


# -- try / catch ------------------------------------------------------------------


def test_await_in_try_is_split_and_the_code_after_try_is_an_after_continuation():
    assert_fluxions(TRY, ["main", ("start", 4), ("post", 7, "await_7"), ("post", 11, "after_6")])
    assert kept_whole(TRY) == []


def test_await_in_try_carries_res():
    s = stream(TRY, 4, 7)
    assert (s["type"], s["callee"]) == ("post", "fs.promises.readFile") and "res" in s["signature"]


def test_code_after_try_receives_what_it_reads():
    assert reaches(TRY, "name", 11)


def test_variable_read_after_try_is_stream():
    assert kind_of(TRY, "name") == "stream"


def test_await_in_catch_is_split_too():
    assert_fluxions(TRY_AWAIT_IN_CATCH, ["main", ("start", 4), ("post", 7, "await_7"), ("post", 10, "await_10"),
                                         ("post", 14, "after_6")])
    assert kept_whole(TRY_AWAIT_IN_CATCH) == []


def test_await_in_catch_carries_what_the_catch_uses_after_it():
    assert {"res", "name"} <= signature(TRY_AWAIT_IN_CATCH, 4, 10)


def test_return_inside_try_after_an_await_keeps_res_in_the_continuation():
    assert "res" in signature(TRY_AWAIT_IN_CATCH, 4, 7)


def test_after_continuation_callee_is_not_a_runtime_helper():
    assert all("__rt" not in s["callee"] for s in streams_into(TRY, 11))


# -- if / else --------------------------------------------------------------------


def test_await_in_each_branch_is_a_continuation():
    assert_fluxions(IF_ELSE, ["main", ("start", 4), ("post", 7, "await_7"), ("post", 9, "await_9"),
                              ("post", 10, "after_6")])


def test_both_branch_awaits_come_from_the_handler():
    assert has_stream(IF_ELSE, 4, 7) and has_stream(IF_ELSE, 4, 9) and not has_stream(IF_ELSE, 7, 9)


def test_code_after_the_if_receives_res():
    assert reaches(IF_ELSE, "res", 10)


def test_value_written_in_a_branch_after_an_await_reaches_the_code_after_the_if():
    body = variable(IF_ELSE, "body")
    if body["kind"] == "share":
        assert same_group(IF_ELSE, 7, 9, 10)
    else:
        assert body["kind"] == "stream" and "body" in signature(IF_ELSE, 7, 10) and "body" in signature(IF_ELSE, 9, 10)


def test_if_without_else_and_a_variable_from_before():
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          const tag = 'v';
          if (process.env.X) {
            await fs.promises.readFile('x');
          }
          console.log(tag);
        });
    """
    assert_fluxions(src, ["main", ("post", 2, "go"), ("post", 5, "await_5"), ("post", 6, "after_4")])
    assert reaches(src, "tag", 6) and kind_of(src, "tag") == "stream"


def test_if_branch_without_braces():
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          let t = '';
          if (process.env.X) t = await fs.promises.readFile('x', 'utf8');
          else t = 'none';
          console.log(t);
        });
    """
    assert_fluxions(src, ["main", ("post", 2, "go"), ("post", 4, "await_4"), ("post", 5, "after_4")])
    assert kept_whole(src) == []


# -- loops ------------------------------------------------------------------------


def test_await_in_a_for_loop():
    assert_fluxions(FOR, ["main", ("start", 4), ("post", 7, "await_7"), ("post", 9, "after_6")])
    assert kept_whole(FOR) == []


def test_accumulator_of_a_for_loop_is_share():
    assert kind_of(FOR, "total") == "share" and same_group(FOR, 4, 7, 9)


def test_counter_of_a_for_loop_is_share():
    assert kind_of(FOR, "i") == "share" and same_group(FOR, 4, 7)


def test_code_after_a_for_loop_receives_res():
    assert reaches(FOR, "res", 9)


def test_accumulator_and_counter_are_in_one_group():
    g = graph(FOR)
    grp = [x for x in g["groups"] if x["id"] == fluxion_at(g, 7)["group"]][0]
    assert {"total", "i"} <= set(grp["variables"])


def test_await_in_a_for_of_loop_with_break_and_continue():
    assert_fluxions(FOR_OF, ["main", ("start", 4), ("post", 10, "await_10"), ("post", 13, "after_8")])
    assert kept_whole(FOR_OF) == []


def test_accumulator_of_a_for_of_loop_is_share():
    assert kind_of(FOR_OF, "joined") == "share" and same_group(FOR_OF, 4, 10, 13)


def test_loop_variable_and_outer_constants_travel_to_the_await_continuation():
    assert {"name", "prefix"} <= signature(FOR_OF, 4, 10)


def test_constants_read_in_a_loop_continuation_are_stream():
    assert kind_of(FOR_OF, "prefix") == "stream"


def test_await_in_a_while_loop_inside_an_expression():
    assert_fluxions(WHILE, ["main", ("start", 4), ("post", 8, "await_8"), ("post", 11, "after_7")])
    assert kept_whole(WHILE) == []


def test_counter_and_accumulator_of_a_while_loop_are_share():
    assert kind_of(WHILE, "n") == "share" and kind_of(WHILE, "sum") == "share" and same_group(WHILE, 4, 8, 11)


def test_array_filled_in_a_for_of_loop_with_awaits_is_share():
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          const sizes = [];
          for (const f of ['a', 'b']) {
            const st = await fs.promises.stat(f);
            sizes.push(st.size);
          }
          console.log(sizes);
        });
    """
    assert kind_of(src, "sizes") == "share" and same_group(src, 2, 5)


def test_nested_loops_with_try_inside():
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          const rows = [];
          for (const dir of ['a', 'b']) {
            for (let i = 0; i < 2; i++) {
              try {
                rows.push(await fs.promises.readFile(dir + i, 'utf8'));
              } catch (e) {
                if (e.code === 'ENOENT') continue;
                break;
              }
            }
          }
          console.log(rows);
        });
    """
    assert ("post", 7) in [(f["kind"], f["loc"]["start"]["line"]) for f in graph(src)["fluxions"]]
    assert fluxion_at(src, 7)["name"] == "await_7" and kept_whole(src) == []
    assert kind_of(src, "rows") == "share" and same_group(src, 2, 7)


def test_loop_without_await_in_a_split_function_is_left_alone():
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          let s = 0;
          for (let i = 0; i < 3; i++) { s += i; }
          const t = await fs.promises.readFile('a', 'utf8');
          console.log(s, t);
        });
    """
    assert_fluxions(src, ["main", ("post", 2, "go"), ("post", 5, "await_5")])
    assert "s" in signature(src, 2, 5) and kind_of(src, "s") == "stream"


# -- return -----------------------------------------------------------------------


def test_returns_before_and_between_awaits():
    assert_fluxions(RETURNS, ["main", ("start", 4), ("post", 6, "await_6"), ("post", 8, "await_8")])
    assert "res" in signature(RETURNS, 4, 6) and "res" in signature(RETURNS, 6, 8)
    assert not has_stream(RETURNS, 4, 8)


def test_return_inside_a_loop_after_an_await():
    src = """
        const express = require('express');
        const fs = require('fs');
        const app = express();
        app.get('/found', async (req, res) => {
          for (const n of ['a', 'b']) {
            const t = await fs.promises.readFile(n, 'utf8');
            if (t) return res.send(t);
          }
          res.status(404).end();
        });
    """
    assert_fluxions(src, ["main", ("start", 4), ("post", 6, "await_6"), ("post", 8, "after_5")])
    assert "res" in signature(src, 4, 6) and reaches(src, "res", 8)


def test_return_in_one_branch_await_in_the_other():
    src = """
        const express = require('express');
        const fs = require('fs');
        const app = express();
        const cache = {};
        app.get('/:k', async (req, res) => {
          const k = req.params.k;
          if (cache[k]) {
            return res.send(cache[k]);
          } else {
            cache[k] = await fs.promises.readFile(k, 'utf8');
          }
          res.send(cache[k]);
        });
    """
    assert_fluxions(src, ["main", ("start", 5), ("post", 10, "await_10"), ("post", 11, "after_7")])
    assert kind_of(src, "cache") == "share" and same_group(src, 5, 10)
    assert reaches(src, "res", 11) and reaches(src, "k", 11)


def test_block_locals_declared_before_an_await_travel_to_its_continuation():
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          const out = [];
          for (const n of ['a', 'b']) {
            const pre = n + '!';
            const t = await fs.promises.readFile(n, 'utf8');
            out.push(pre + t);
          }
          try {
            const before = Date.now();
            const u = await fs.promises.readFile('u', 'utf8');
            console.log(before, u);
          } catch (e) {}
          console.log(out);
        });
    """
    assert_fluxions(src, ["main", ("post", 2, "go"), ("post", 6, "await_6"), ("post", 8, "after_4"),
                          ("post", 11, "await_11"), ("post", 13, "after_9")])
    assert {"pre", "out"} <= signature(src, 2, 6) and kind_of(src, "pre") == "stream"
    assert "before" in signature(src, 8, 11) and kind_of(src, "before") == "stream"
    assert has_stream(src, 8, 13) and not has_stream(src, 2, 13)


def test_an_await_in_a_for_of_iterable_is_taken_out_first():
    """fresh-redis4-tags: `for (const tag of await client.sMembers(key))` is split: the
    iterable is evaluated once, before the loop, so its await comes first."""
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          const seen = [];
          for (const name of await fs.promises.readdir('.')) {
            if (name.startsWith('.')) continue;
            seen.push(name);
          }
          console.log(seen);
        });
    """
    assert_fluxions(src, ["main", ("post", 2, "go"), ("post", 4, "await_4")])
    assert has_stream(src, 2, 4) and "seen" in signature(src, 2, 4)


def test_an_effect_before_an_await_in_its_statement_is_hoisted_in_order():
    """fresh-async-pipeline, fresh-redis4-events: `res.status(201).json(await f())` is
    split: `res.status(201)` is evaluated first into a temporary, then the await."""
    src = """
        const express = require('express');
        const fs = require('fs');
        const app = express();
        app.get('/', async (req, res) => {
          res.status(201).json({ n: String(req.query.n), text: await fs.promises.readFile('x', 'utf8') });
        });
    """
    assert_fluxions(src, ["main", ("start", 4), ("post", 5, "await_5")])
    assert not graph(src)["diagnostics"]


DO_WHILE = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/scan', async (req, res) => {
      let cursor = 0, seen = 0;
      do {
        const text = await fs.promises.readFile('page' + cursor, 'utf8');
        seen += text.length;
        cursor = seen > 9 ? 0 : cursor + 1;
      } while (cursor !== 0);
      res.send(String(seen));
    });
"""


def test_await_in_a_do_while_loop_is_split():
    """fresh4-redis4-orders: node-redis 4's SCAN cursor loop, `do { await ... } while (cursor !== 0)`."""
    assert_fluxions(DO_WHILE, ["main", ("start", 4), ("post", 7, "await_7"), ("post", 10, "after_6")])
    assert diagnostics(DO_WHILE, "await-kept-whole") == []
    assert kind_of(DO_WHILE, "cursor") == "share" and same_group(DO_WHILE, 4, 7, 10)
