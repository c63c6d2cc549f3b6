"""`.then`, `.catch` and `.finally` callbacks are `post` continuations; a chain of
`.then` is a chain of `post` fluxions whose signatures carry what is used downstream."""

from .helpers import (assert_fluxions, graph, has_stream, kind_of, reaches, same_group, signature, stream,
                      streams_into, variable)

CHAIN = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/chain', (req, res) => {
      const name = req.query.name;
      fs.promises.readFile(name, 'utf8')
        .then(text => text.toUpperCase())
        .then(upper => {
          res.send(name + upper);
        })
        .catch(err => {
          res.status(500).send(err.message);
        })
        .finally(() => {
          console.log('done', name);
        });
    });
"""

NESTED = """
    const express = require('express');
    const fs = require('fs');
    const app = express();
    app.get('/nested', function handler(req, res) {
      const start = Date.now();
      fs.promises.readFile('a.txt', 'utf8').then(function first(a) {
        const len = a.length;
        return fs.promises.readFile('b.txt', 'utf8').then(function second(b) {
          res.send(String(len + b.length) + (Date.now() - start));
        });
      });
    });
"""

TWO_ARGUMENTS = """
    const fs = require('fs');
    const util = require('util');
    const readFileP = util.promisify(fs.readFile);
    setImmediate(function go() {
      const tag = 't';
      readFileP('a', 'utf8').then(function ok(text) {
        console.log(tag, text);
      }, function bad(err) {
        console.error(tag, err);
      });
      fs.promises.readFile('b').catch(function caught(err) {
        console.error(tag, err);
      });
      fs.promises.readFile('c').finally(function fin() {
        console.log('c done');
      });
    });
"""

WRITTEN_UPSTREAM = """
    const fs = require('fs');
    setImmediate(function go() {
      let count = 0;
      fs.promises.readFile('a').then(() => { count = 1; }).then(() => { console.log(count); });
    });
"""


def test_then_catch_finally_callbacks_are_post_fluxions():
    assert_fluxions(CHAIN, ["main", ("start", 4), ("post", 7, "then_7"), ("post", 8, "then_8"),
                            ("post", 11, "catch_11"), ("post", 14, "finally_14")])


def test_first_then_is_a_post_stream_from_the_handler():
    s = stream(CHAIN, 4, 7)
    assert (s["type"], s["callee"]) == ("post", "fs.promises.readFile(name, 'utf8').then")


def test_every_continuation_of_the_chain_is_reached_by_a_post_stream():
    assert all(streams_into(CHAIN, line) and {s["type"] for s in streams_into(CHAIN, line)} == {"post"}
               for line in (7, 8, 11, 14))


def test_a_then_chain_is_a_chain_of_post_streams():
    assert has_stream(CHAIN, 7, 8) and not has_stream(CHAIN, 4, 8)


def test_variables_used_by_a_later_then_travel_through_the_earlier_one():
    assert {"res", "name"} <= signature(CHAIN, 7, 8)


def test_then_callback_that_uses_handler_variables_receives_them():
    assert reaches(CHAIN, {"res", "name"}, 8)


def test_catch_continuation_receives_res():
    assert reaches(CHAIN, {"res"}, 11)


def test_finally_continuation_receives_the_variable_it_logs():
    assert reaches(CHAIN, {"name"}, 14)


def test_variables_read_downstream_of_the_handler_are_stream():
    assert kind_of(CHAIN, "res") == "stream" and kind_of(CHAIN, "name") == "stream"


def test_res_is_used_by_the_then_and_the_catch_that_answer():
    assert {"then_8", "catch_11"} <= set(variable(CHAIN, "res")["fluxions"])


def test_no_group_in_a_read_only_chain():
    assert graph(CHAIN)["groups"] == []


def test_nested_then_is_a_chain():
    assert_fluxions(NESTED, ["main", ("start", 4, "handler"), ("post", 6, "first"), ("post", 8, "second")])
    assert has_stream(NESTED, 4, 6) and has_stream(NESTED, 6, 8) and not has_stream(NESTED, 4, 8)


def test_nested_then_signature_carries_upstream_variables():
    assert {"res", "len", "start"} <= signature(NESTED, 6, 8)
    assert {"res", "start"} <= signature(NESTED, 4, 6)


def test_nested_then_inner_callee_is_as_written():
    assert stream(NESTED, 6, 8)["callee"] == "fs.promises.readFile('b.txt', 'utf8').then"


def test_then_with_two_callbacks_gives_two_post_fluxions():
    assert_fluxions(TWO_ARGUMENTS, ["main", ("post", 4, "go"), ("post", 6, "ok"), ("post", 8, "bad"),
                                    ("post", 11, "caught"), ("post", 14, "fin")])


def test_rejection_callback_of_then_is_a_then_stream():
    s = stream(TWO_ARGUMENTS, 4, 8)
    assert (s["type"], s["callee"]) == ("post", "readFileP('a', 'utf8').then") and "tag" in s["signature"]


def test_catch_on_its_own_is_a_post_stream():
    s = stream(TWO_ARGUMENTS, 4, 11)
    assert (s["type"], s["callee"]) == ("post", "fs.promises.readFile('b').catch") and "tag" in s["signature"]


def test_finally_on_its_own_is_a_post_stream_with_an_empty_signature():
    s = stream(TWO_ARGUMENTS, 4, 14)
    assert (s["type"], s["callee"], s["signature"]) == ("post", "fs.promises.readFile('c').finally", [])


def test_variable_read_by_then_catch_and_rejection_callbacks_is_stream():
    tag = variable(TWO_ARGUMENTS, "tag")
    assert tag["kind"] == "stream" and set(tag["fluxions"]) == {"go", "ok", "bad", "caught"}


def test_then_on_a_promise_made_around_a_timer():
    src = """
        function delay(ms, value) {
          return new Promise(resolve => setTimeout(() => resolve(value), ms));
        }
        setImmediate(function go() {
          const x = 2;
          delay(3, x * 2).then(doubled => {
            console.log(doubled, x);
          });
        });
    """
    assert_fluxions(src, ["main", ("post", 2), ("post", 4, "go"), ("post", 6, "then_6")])
    assert stream(src, 4, 6)["callee"] == "delay(3, x * 2).then" and "x" in signature(src, 4, 6)


def test_then_on_the_result_of_an_async_function():
    src = """
        const fs = require('fs');
        async function load(name) {
          return fs.promises.readFile(name, 'utf8');
        }
        setImmediate(function go() {
          const who = 'me';
          load('a').then(function loaded(text) { console.log(who, text); });
        });
    """
    assert_fluxions(src, ["main", ("post", 5, "go"), ("post", 7, "loaded")])
    assert "who" in signature(src, 5, 7)


def test_then_on_a_promisified_callback_api():
    src = """
        const fs = require('fs');
        const { promisify } = require('util');
        const stat = promisify(fs.stat);
        setImmediate(function go() {
          stat('a').then(function got(st) { console.log(st.size); });
        });
    """
    assert_fluxions(src, ["main", ("post", 4, "go"), ("post", 5, "got")])


def test_then_callbacks_writing_a_shared_variable_are_grouped():
    src = """
        const express = require('express');
        const fs = require('fs');
        const app = express();
        let loads = 0;
        app.get('/a', (req, res) => {
          fs.promises.readFile('a').then(() => { loads += 1; res.end(); });
        });
        app.get('/n', (req, res) => { res.send(String(loads)); });
    """
    assert kind_of(src, "loads") == "share" and same_group(src, 6, 8)


def test_variable_written_by_a_then_and_read_by_the_next_is_stream():
    assert kind_of(WRITTEN_UPSTREAM, "count") == "stream" and not same_group(WRITTEN_UPSTREAM, 4, 2)
