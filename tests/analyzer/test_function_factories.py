"""A function returned by a program function is the callback where its result is passed."""

from .helpers import assert_fluxions, context, diagnostic_lines, has_stream, routes, same_group, signature, streams, summary

FACTORY = """
    var express = require('express');
    var app = express();
    function makeHandler(word) {
      return function handle(req, res) {
        res.send(word);
      };
    }
    app.get('/a', makeHandler('a'));
    app.get('/b', makeHandler('b'));
"""


def test_returned_function_is_one_start_fluxion():
    assert_fluxions(FACTORY, ["main", ("start", 4, "handle")])


def test_each_registration_is_a_stream_and_a_route():
    assert len(streams(FACTORY, "main", 4)) == 2
    assert routes(FACTORY) == {("GET", "/a", 4), ("GET", "/b", 4)}


def test_captured_factory_argument_reaches_the_fluxion():
    assert "word" in signature(FACTORY, "main", 4) | set(context(FACTORY, 4))


CONTINUATION_FACTORY = """
    var fs = require('fs');
    var express = require('express');
    var app = express();
    function replyWith(res, prefix) {
      return function reply(err, data) { res.send(prefix + data); };
    }
    app.get('/t', function t(req, res) { setTimeout(replyWith(res, '> '), 1); });
    app.get('/f', function f(req, res) { fs.readFile('x', 'utf8', replyWith(res, '> ')); });
"""


def test_factory_of_continuations_handed_to_a_timer():
    assert ("post", 5) in summary(CONTINUATION_FACTORY)
    assert {"res", "prefix"} <= signature(CONTINUATION_FACTORY, 7, 5)


def test_factory_of_continuations_handed_to_a_module_function():
    assert has_stream(CONTINUATION_FACTORY, 8, 5)


def test_arrow_factory():
    src = """
        const later = (ms) => () => console.log(ms);
        setTimeout(later(5), 5);
    """
    assert_fluxions(src, ["main", ("post", 1)])


def test_factory_result_stored_in_a_variable():
    src = """
        function makeTick(label) { return function tick() { console.log(label); }; }
        var t = makeTick('x');
        setInterval(t, 10);
    """
    assert_fluxions(src, ["main", ("start", 1, "tick")])


def test_factory_returning_one_of_two_functions():
    src = """
        function pick() {
          return Math.random() > 0.5
            ? function p1() {}
            : function p2() {};
        }
        setTimeout(pick(), 2);
    """
    assert ("post", 3) in summary(src)
    assert ("post", 4) in summary(src) or 6 in diagnostic_lines(src, "dynamic-callback")


def test_middleware_made_by_a_map_callback_are_fluxions_writing_state():
    """fresh10-catalog-sync: `counting(...names)` returns `names.map((name) => (req, res, next) =>
    { counts[name]++; next(); })`, handed to `router.route('/').get(counting('list'), ...)`: the
    middleware were not found (they ran unseen and wrote `counts` from a unit analysed stateless)."""
    src = """
        const express = require('express');
        const app = express();
        const counts = {};
        const counting = (...names) => names.map((name) => (req, res, next) => { counts[name] = (counts[name] ?? 0) + 1; next(); });
        app.get('/', counting('list', 'read'), (req, res) => res.json(counts));
        app.post('/', ...counting('write'), (req, res) => res.json(counts));
    """
    assert ("start", 4) in summary(src)
    assert same_group(src, 4, 5, 6)


ROUTER_FACTORY = """
    const express = require('express');
    const app = express();
    class Store { #items = new Map(); add(x) { this.#items.set(x, x); } get size() { return this.#items.size; } }
    function makeRouter(store) {
      const router = express.Router();
      router.post('/', (req, res) => { store.add(req.body.x); res.json(store.size); });
      return router;
    }
    const stores = { a: new Store(), b: new Store() };
    for (const [name, store] of Object.entries(stores)) app.use('/' + name, makeRouter(store));
    app.get('/sizes', (req, res) => res.json(Object.values(stores).map((s) => s.size)));
    module.exports = app;
"""


def test_a_factorys_closure_changing_its_parameter_changes_what_the_callers_handed():
    """fresh11-esm-crud-factory: `makeRouter(store)`'s handler changes `store` after the call
    returned, so it changes `stores`, whose stores main handed to it: the handler and the
    route reading `stores` are one group (before, `/sizes` read main's copy: all sizes 0)."""
    assert same_group(ROUTER_FACTORY, 6, 11)
