"""Generator objects kept in state: advancing one writes it; which generator functions can be replayed."""
from analyzer import analyze_source
from analyzer.generators import replay_reasons

from .helpers import diagnostics, js, same_group, stateful

ITERATED = """
    const express = require('express');
    const app = express();
    function* serials() { let n = 0; while (true) yield ++n; }
    function* deck() { yield* 'AKQJ'; }
    const ids = serials();
    const cards = deck();
    app.post('/ids', (req, res) => {
      const out = [];
      for (const id of ids) { out.push(id); if (out.length > 1) break; }
      res.json(out);
    });
    app.get('/rest', (req, res) => res.json([...cards]));
    app.get('/pair', (req, res) => { const [a, b] = cards; res.json({ a, b }); });
    app.get('/draw', (req, res) => res.json(cards.next()));
"""


def test_iterating_a_generator_kept_in_state_writes_it():
    assert stateful(ITERATED, 7) and stateful(ITERATED, 12) and stateful(ITERATED, 13)


def test_its_users_share_it():
    assert same_group(ITERATED, 12, 13, 14)


NAMED_NEXT = """
    const express = require('express');
    const app = express();
    class Page { next() { return 1; } }
    function* pages() { let p = 0; while (true) yield p++; }
    const cursor = pages();
    app.get('/page', (req, res) => res.json(cursor.next().value));
    app.get('/p', (req, res) => res.json(new Page().next()));
"""


def test_next_on_state_is_a_write_even_when_a_read_only_method_is_so_named():
    assert stateful(NAMED_NEXT, 6)


ASYNC_GENERATOR = """
    const express = require('express');
    const app = express();
    async function* batches() { let n = 0; while (true) { await null; yield ++n; } }
    const source = batches();
    const other = batches();
    app.get('/next', async (req, res) => res.json((await source.next()).value));
    app.get('/drain', async (req, res) => { for await (const n of other) { res.json(n); break; } });
    app.get('/stop', (req, res) => { source.return(); res.end(); });
    app.get('/peek', (req, res) => res.json([source, other]));
"""


def test_an_async_generator_object_kept_in_state_is_no_promise_advancing_it_writes_it():
    """Its function is async, but its call gives a generator object, not a promise (a value of the
    runtime): `await source.next()`, `for await` and `return()` advance state (fresh16-generator-ids)."""
    assert stateful(ASYNC_GENERATOR, 6) and stateful(ASYNC_GENERATOR, 7) and stateful(ASYNC_GENERATOR, 8)
    assert same_group(ASYNC_GENERATOR, 6, 8, 9) and same_group(ASYNC_GENERATOR, 7, 9)


ARRAY = """
    const express = require('express');
    const app = express();
    const users = [{ name: 'a' }];
    app.get('/names', (req, res) => res.json([...users].map((u) => u.name)));
"""


def test_iterating_an_array_writes_nothing():
    assert not stateful(ARRAY, 4)


def reasons(src):
    analysis = analyze_source(js(src))
    return {f.name: why for f, why in replay_reasons(analysis.scopes).items()}


def test_which_generator_functions_can_be_replayed():
    got = reasons("""
        const START = 10;
        let step = 2;
        const table = [1, 2];
        function helper(n) { return n + 1; }
        function* pure(from = START) {
          let n = from;
          const seen = new Set();
          while (true) {
            const reset = yield `id-${String(n++).padStart(3, '0')}-${Math.max(n, 0)}-${seen.has(n)}`;
            if (reset) n = from;
          }
        }
        function* outer() { yield step; }
        function* writes() { step += 1; yield 1; }
        function* table_() { yield table[0]; }
        function* calls() { yield helper(1); }
        function* random() { yield Math.random(); }
        function* self() { yield this.x; }
        function* fields() { const o = { n: 0 }; o.n++; yield o; }
        function* closures() { yield [1].map((x) => x); }
        function* now() { yield Date.now(); }
        async function* stream() { yield 1; }
    """)
    assert got["pure"] is None
    assert got["outer"] == "it reads `step`, a variable outside it (app.js:13)"
    assert got["writes"] == "it writes `step`, a variable outside it (app.js:14)"
    assert got["table_"].startswith("it reads `table`")
    assert got["calls"] == "it reads `helper`, a variable outside it (app.js:16)"
    assert got["random"] == "it calls `Math.random` (app.js:17)"
    assert got["self"] == "it uses `this` (app.js:18)"
    assert got["fields"] == "it changes an object's field (app.js:19)"
    assert got["closures"] == "it makes a function (app.js:20)"
    assert got["now"] == "it reads the global `Date` (app.js:21)"
    assert "stream" not in got


KEPT = """
    const express = require('express');
    const app = express();
    let step = 2;
    function* ticks() { let t = 0; while (true) yield t += step; }
    function* ids() { let n = 0; while (true) yield ++n; }
    const clock = ticks();
    const serial = ids();
    app.get('/tick', (req, res) => res.json([clock.next().value, serial.next().value]));
    app.get('/local', (req, res) => res.json([...ticks()].length));
"""


def test_a_generator_object_that_cannot_travel_kept_in_state_is_a_warning_where_it_is_kept():
    found = diagnostics(KEPT, "generator-state")
    assert [(d["severity"], d["loc"]["start"]["line"]) for d in found] == [("warning", 6)]
    assert found[0]["message"] == (
        "`clock` keeps an object of the generator function ticks, which cannot travel between messages: it reads "
        "`step`, a variable outside it (app.js:4); keeping it as state fails (the deployment, or the message that "
        "keeps it)")
