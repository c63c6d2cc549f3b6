"""A Proxy of the program: its traps run where the proxy's properties are read, written or
deleted, and the proxy is its target (tests/services/fresh5-proxy-store)."""
from .helpers import same_group, stateful, write_lines

COUNTED = """
    const express = require('express');
    const app = express();
    const stats = { writes: 0 };
    function observe(target) {
      return new Proxy(target, {
        set(obj, key, value, receiver) {
          stats.writes++;
          return Reflect.set(obj, key, value, receiver);
        },
      });
    }
    const raw = { theme: 'light' };
    const store = observe(raw);
    app.put('/theme', (req, res) => { store.theme = req.query.v; res.end(); });
    app.get('/raw', (req, res) => res.json(raw));
    app.get('/stats', (req, res) => res.json(stats));
"""


def test_a_set_trap_writes_what_it_writes_by_name_where_the_proxy_is_written():
    """`store.theme = v` runs the set trap, which counts in `stats`."""
    assert ("put_theme", 7) in write_lines(COUNTED, "stats")


def test_the_proxy_is_its_target():
    """A write through the proxy is a write of `raw`: its readers share its group."""
    assert ("put_theme", 14) in write_lines(COUNTED, "raw")
    assert same_group(COUNTED, 14, 15, 16)


HANDLER_VARIABLE = """
    const express = require('express');
    const app = express();
    const seen = [];
    const handler = { get(obj, key) { seen.push(key); return obj[key]; } };
    const config = new Proxy({ mode: 'safe' }, handler);
    app.get('/mode', (req, res) => res.json({ mode: config.mode }));
    app.get('/seen', (req, res) => res.json(seen));
"""


def test_a_get_trap_of_a_handler_in_a_variable_runs_on_a_read():
    """A read of `config.mode` runs the handler's get trap, which writes `seen`: the
    reading route is stateful."""
    assert ("get_mode", 4) in write_lines(HANDLER_VARIABLE, "seen")
    assert stateful(HANDLER_VARIABLE, 6)


UNKNOWN_HANDLER = """
    const express = require('express');
    const app = express();
    const log = [];
    const traps = require('./traps');
    class Audit { set(obj, key, value) { log.push(key); obj[key] = value; return true; } }
    const state = new Proxy({}, traps.make ? new Audit() : {});
    app.post('/x', (req, res) => { state.x = 1; res.end(); });
"""


def test_a_handler_the_analysis_cannot_see_may_be_any_function_named_like_a_trap():
    assert ("post_x", 5) in write_lines({"app.js": UNKNOWN_HANDLER, "traps.js": "exports.make = true;"}, "log")


NO_PROXY = """
    const express = require('express');
    const app = express();
    const log = [];
    const cache = { get(k) { log.push(k); return k; } };
    const items = { a: 1 };
    app.get('/a', (req, res) => res.json(items.a));
"""


def test_without_a_proxy_a_read_runs_no_trap():
    assert not stateful(NO_PROXY, 6)
