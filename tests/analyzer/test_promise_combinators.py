"""Promise.all / allSettled / race / any over asynchronous operations (fs.promises,
util.promisify-ed callbacks, `new Promise` around a callback API): the continuation
after `await Promise.all(...)` is one fluxion."""
from .helpers import assert_fluxions, fluxion_at, graph, has_stream, kind_of, signature, stream, summary, variables

ALL = """
    const express = require('express');
    const fs = require('fs');
    const util = require('util');
    const redis = require('redis');
    const app = express();
    const client = redis.createClient();
    const getAsync = util.promisify(client.get).bind(client);
    app.get('/all', async (req, res) => {
      const who = req.query.who;
      const [a, b, v] = await Promise.all([
        fs.promises.readFile('a.txt', 'utf8'),
        fs.promises.readFile('b.txt', 'utf8'),
        getAsync('key:' + who),
      ]);
      res.send(who + a + b + v);
    });
"""

WRAPPED = """
    const express = require('express');
    const fs = require('fs');
    const util = require('util');
    const redis = require('redis');
    const app = express();
    const client = redis.createClient();
    const readFileP = util.promisify(fs.readFile);
    const hgetP = util.promisify(client.hget.bind(client));
    function readWrapped(name) {
      return new Promise((resolve, reject) => {
        fs.readFile(name, 'utf8', (err, data) => {
          if (err) return reject(err);
          resolve(data);
        });
      });
    }
    app.get('/p/:id', async (req, res) => {
      const id = req.params.id;
      const [a, b, c] = await Promise.all([readFileP('a', 'utf8'), hgetP('h', id), readWrapped('c')]);
      res.send(id + a + b + c);
    });
"""

SETTLED_RACE_ANY = """
    const express = require('express');
    const fs = require('fs');
    const util = require('util');
    const redis = require('redis');
    const app = express();
    const client = redis.createClient();
    const getAsync = util.promisify(client.get).bind(client);
    function timeout(ms) {
      return new Promise((resolve, reject) => setTimeout(() => reject(new Error('timeout')), ms));
    }
    app.get('/settled', async (req, res) => {
      const results = await Promise.allSettled([fs.promises.readFile('a'), getAsync('k')]);
      res.json(results.map(r => r.status));
    });
    app.get('/race', async (req, res) => {
      const limit = Number(req.query.ms);
      const text = await Promise.race([fs.promises.readFile('a', 'utf8'), timeout(limit)]);
      res.send(text);
    });
    app.get('/any', (req, res) => {
      Promise.any([fs.promises.readFile('a'), fs.promises.readFile('b')]).then(x => res.send(x));
    });
    app.get('/allthen', (req, res) => {
      Promise.all([getAsync('a'), getAsync('b')])
        .then(([a, b]) => res.send(a + b))
        .catch(err => res.status(500).send(err.message));
    });
"""


def test_await_promise_all_is_one_continuation():
    assert_fluxions(ALL, ["main", ("start", 8), ("post", 10, "await_10")])


def test_no_fluxion_for_the_operations_inside_promise_all():
    assert not any(line in (11, 12, 13) for line in (x[1] for x in summary(ALL) if x != "main"))


def test_promise_all_stream_is_post_with_the_combinator_as_callee():
    s = stream(ALL, 8, 10)
    assert (s["type"], s["callee"]) == ("post", "Promise.all")


def test_variables_used_after_promise_all_travel_in_its_signature():
    assert {"res", "who"} <= signature(ALL, 8, 10)


def test_destructured_results_are_local_to_the_continuation():
    assert variables(ALL, "a") == [] and variables(ALL, "v") == []


def test_promisified_redis_client_is_not_a_listener():
    assert [f["kind"] for f in graph(ALL)["fluxions"]].count("start") == 1


def test_promise_all_over_promisified_and_wrapped_callback_apis():
    assert_fluxions(WRAPPED, ["main", ("post", 11), ("start", 17), ("post", 19, "await_19")])
    assert {"res", "id"} <= signature(WRAPPED, 17, 19)


def test_callback_inside_new_promise_is_a_continuation_of_the_caller():
    s = stream(WRAPPED, 17, 11)
    assert (s["type"], s["callee"]) == ("post", "fs.readFile") and {"resolve", "reject"} <= set(s["signature"])


def test_resolvers_travel_to_the_callback_api_continuation():
    assert kind_of(WRAPPED, "resolve") == "stream" and kind_of(WRAPPED, "reject") == "stream"


def test_all_settled_is_one_continuation():
    assert ("post", 12) in summary(SETTLED_RACE_ANY) and fluxion_at(SETTLED_RACE_ANY, 12)["name"] == "await_12"
    s = stream(SETTLED_RACE_ANY, 11, 12)
    assert (s["type"], s["callee"]) == ("post", "Promise.allSettled") and "res" in s["signature"]


def test_race_is_one_continuation_and_its_timer_is_reached_from_the_handler():
    assert fluxion_at(SETTLED_RACE_ANY, 17)["name"] == "await_17"
    s = stream(SETTLED_RACE_ANY, 15, 17)
    assert (s["type"], s["callee"]) == ("post", "Promise.race") and "res" in s["signature"]
    assert has_stream(SETTLED_RACE_ANY, 15, 9) and stream(SETTLED_RACE_ANY, 15, 9)["callee"] == "setTimeout"


def test_variable_used_only_before_the_race_does_not_travel():
    assert "limit" not in signature(SETTLED_RACE_ANY, 15, 17)


def test_then_on_promise_any():
    s = stream(SETTLED_RACE_ANY, 20, 21)
    assert s["type"] == "post" and s["callee"].startswith("Promise.any(") and s["callee"].endswith(".then")
    assert "res" in s["signature"]


def test_then_and_catch_on_promise_all():
    assert {("post", 25), ("post", 26)} <= set(summary(SETTLED_RACE_ANY))
    assert "res" in signature(SETTLED_RACE_ANY, 23, 25)
    assert any("res" in s["signature"] for s in graph(SETTLED_RACE_ANY)["streams"]
               if s["to"] == fluxion_at(SETTLED_RACE_ANY, 26)["id"])


def test_every_fluxion_of_the_combinator_service():
    assert_fluxions(SETTLED_RACE_ANY, ["main", ("post", 9), ("start", 11), ("post", 12, "await_12"),
                                       ("start", 15), ("post", 17, "await_17"), ("start", 20), ("post", 21),
                                       ("start", 23), ("post", 25), ("post", 26)])


def test_promise_all_over_async_helpers_splits_the_helpers():
    src = """
        const express = require('express');
        const fs = require('fs');
        const app = express();
        async function size(name) {
          const st = await fs.promises.stat(name);
          return st.size;
        }
        app.get('/sizes', async (req, res) => {
          const unit = req.query.unit;
          const [a, b] = await Promise.all([size('a'), size('b')]);
          res.send(a + b + unit);
        });
    """
    assert_fluxions(src, ["main", ("post", 5, "await_5"), ("start", 8), ("post", 10, "await_10")])
    assert has_stream(src, 8, 5) and {"res", "unit"} <= signature(src, 8, 10)


def test_promise_all_over_mapped_async_callbacks():
    src = """
        const express = require('express');
        const fs = require('fs');
        const app = express();
        app.get('/map', async (req, res) => {
          const names = ['a', 'b'];
          const texts = await Promise.all(names.map(async (n) => {
            const t = await fs.promises.readFile(n, 'utf8');
            return t.trim();
          }));
          res.send(texts.join());
        });
    """
    assert_fluxions(src, ["main", ("start", 4), ("post", 6, "await_6"), ("post", 7, "await_7")])
    assert "res" in signature(src, 4, 6)


def test_promise_all_over_an_async_iife():
    src = """
        const fs = require('fs');
        setImmediate(async function go() {
          const both = await Promise.all([
            (async () => { const t = await fs.promises.readFile('x', 'utf8'); return t.length; })(),
            fs.promises.readFile('y', 'utf8'),
          ]);
          console.log(both);
        });
    """
    assert_fluxions(src, ["main", ("post", 2, "go"), ("post", 3, "await_3"), ("post", 4, "await_4")])


def test_two_promisified_calls_in_sequence_are_a_chain():
    src = """
        const fs = require('fs');
        const { promisify } = require('util');
        const redis = require('redis');
        const client = redis.createClient();
        const readFileP = promisify(fs.readFile);
        const hgetP = promisify(client.hget).bind(client);
        setImmediate(async function go() {
          const x = await readFileP('x', 'utf8');
          const y = await hgetP('h', x);
          console.log(x + y);
        });
    """
    assert_fluxions(src, ["main", ("post", 7, "go"), ("post", 8, "await_8"), ("post", 9, "await_9")])
    assert stream(src, 7, 8)["callee"] == "readFileP" and stream(src, 8, 9)["callee"] == "hgetP"
    assert "x" in signature(src, 8, 9)


def test_promise_all_over_promises_made_earlier_and_then_inside_it():
    src = """
        const fsp = require('fs/promises');
        const { readFile } = require('fs').promises;
        setImmediate(function go() {
          const p1 = fsp.readFile('a');
          const p2 = readFile('b');
          Promise.all([p1, p2]).then(function both(r) { console.log(r); });
          Promise.all([p1.then(function len(x) { return x.length; }), p2]).then(function sized(r) { console.log(r); });
        });
    """
    assert_fluxions(src, ["main", ("post", 3, "go"), ("post", 6, "both"), ("post", 7), ("post", 7)])
    assert {f["name"] for f in graph(src)["fluxions"] if f["loc"]["start"]["line"] == 7} == {"len", "sized"}
    assert stream(src, 3, 6)["callee"] == "Promise.all([p1, p2]).then"
