"""Properties the program sets on the global object are global variables
(tests/services/fresh5-global-assign)."""
from .helpers import graph, kind_of, same_group, stateful, write_lines

COUNTER = """
    const express = require('express');
    const app = express();
    global.requestCount = 0;
    app.use((req, res, next) => { global.requestCount++; next(); });
    app.get('/count', (req, res) => res.json({ n: globalThis.requestCount, bare: requestCount }));
"""


def test_a_property_written_on_global_is_a_variable_written_by_the_middleware():
    assert write_lines(COUNTER, "requestCount") == {("use_root", 4)}
    assert kind_of(COUNTER, "requestCount") == "share"


def test_its_readers_through_globalThis_or_by_name_share_its_group():
    assert same_group(COUNTER, 4, 5)


REGISTRY = {
    "app.js": """
        const express = require('express');
        const { register } = require('./registry');
        const app = express();
        app.post('/s/:name', (req, res) => res.json(register(req.params.name)));
        app.get('/s', (req, res) => res.json(Object.keys(globalThis.__registry.services)));
    """,
    "registry.js": """
        globalThis.__registry ??= { services: {} };
        exports.register = (name) => { global.__registry.services[name] = { name }; return name; };
    """,
}


def test_an_object_set_on_the_global_object_in_one_module_and_changed_in_a_function_of_it():
    assert ("post_s_name", 2) in write_lines(REGISTRY, "__registry")
    assert same_group(REGISTRY, 4, 5)


READ_ONLY = """
    const express = require('express');
    const app = express();
    global.config = { limit: 3 };
    app.get('/limit', (req, res) => res.json(global.config.limit));
    app.get('/env', (req, res) => res.json(globalThis.process.env.X ?? null));
"""


def test_a_global_set_only_in_main_leaves_its_readers_stateless():
    assert not stateful(READ_ONLY, 4)
    assert not stateful(READ_ONLY, 5)


def test_a_builtin_read_through_global_is_no_variable():
    names = {v["name"] for v in graph(READ_ONLY)["variables"]}
    assert "process" not in names


SYMBOL_KEYED = {
    "app.js": """
        const express = require('express');
        const { register, REGISTRY } = require('./registry');
        const app = express();
        app.post('/p/:name', (req, res) => res.json(register(req.params.name)));
        app.get('/p', (req, res) => res.json(Object.keys(globalThis[REGISTRY])));
    """,
    "registry.js": """
        const REGISTRY = Symbol.for('app.plugins');
        globalThis[REGISTRY] ??= {};
        function register(name) {
          const registry = globalThis[REGISTRY];
          registry[name] ??= { name };
          return registry[name];
        }
        module.exports = { register, REGISTRY };
    """,
}


def test_a_global_under_a_registered_symbol_is_a_variable_named_by_the_symbols_key():
    assert ("post_p_name", 5) in write_lines(SYMBOL_KEYED, "Symbol.for(app.plugins)")


def test_its_writer_and_its_reader_through_the_required_key_share_a_group():
    assert same_group(SYMBOL_KEYED, 4, 5)


def test_a_global_under_a_key_the_analysis_cannot_name_is_no_variable():
    g = graph("""
        const express = require('express');
        const app = express();
        const KEY = Symbol('local');
        globalThis[KEY] = 0;
        app.get('/', (req, res) => res.json(globalThis[KEY]));
    """)
    assert not [v for v in g["variables"] if v["name"].startswith("Symbol")]
