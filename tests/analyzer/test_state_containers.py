"""State reached through containers made of it, timers' arguments and buffers: the route that
changes it and the route that reads it stay together."""
import pytest

from .helpers import graph, same_group, stateful

TEMPLATE = """
    const express = require('express');
    const crypto = require('crypto');
    const app = express();
    const carts = {{ n: 0, items: [] }};
    {setup}
    app.post('/w', (req, res) => {{
      {write};
      res.end();
    }});
    app.get('/r', (req, res) => res.json(carts));
"""
WRITER, READER = 6, 10

THROUGH_CONTAINERS = [
    # a copy of a container holds what the container holds
    ("const stores = { carts };", "Object.values(stores).forEach((s) => { s.n++; })"),
    ("const stores = { a: carts };", "for (const s of Object.values(stores)) s.items.push(1)"),
    ("const stores = [carts];", "stores.slice().forEach((s) => { s.n = 0; })"),
    ("const stores = { carts };", "const all = { ...stores }; all.carts.n++"),
    ("const stores = [carts];", "[...stores][0].n++"),
    # a Map or Set made from entries holds their values
    ("const registry = new Map([['carts', carts]]);", "registry.get(req.query.k).n++"),
    ("const registry = new Map(Object.entries({ carts }));", "registry.get('carts')?.items.push(1)"),
    ("const all = new Set([carts]);", "all.forEach((s) => { s.n = 0; })"),
    ("const all = new Set([carts]);", "for (const s of all) s.n++"),
    # a named callback handed to forEach changes the elements
    ("const reset = (s) => { s.n = 0; };", "[carts].forEach(reset)"),
    ("function reset(s) { s.items.length = 0; }", "const list = [carts]; list.forEach(reset)"),
    # an in-place method gives the array it changed: a copy's, holding what it copied (fresh25c's probe:
    # `Array.from(teams.values()).sort(byPoints)[0].wins++`)
    ("const registry = new Map([['carts', carts]]);", "Array.from(registry.values()).sort((a, b) => b.n - a.n)[0].n++"),
    ("const stores = [carts];", "[...stores].reverse()[0].items.push(1)"),
    ("const stores = [carts];", "stores.slice().fill(carts, 1).at(0).n = 0"),
]


@pytest.mark.parametrize("setup,write", THROUGH_CONTAINERS)
def test_a_change_through_a_container_joins_the_reader(setup, write):
    assert same_group(TEMPLATE.format(setup=setup, write=write), WRITER, READER)


TIMERS = [
    ("", "setTimeout((c) => { c.n++; }, 0, carts)", 7),
    ("", "setImmediate((c) => { c.n++; }, carts)", 7),
    ("", "process.nextTick((c) => { c.items.push(1); }, carts)", 7),
    ("function bump(c, by) { c.n += by; }", "setTimeout(bump, 5, carts, 2)", 5),
]


@pytest.mark.parametrize("setup,write,callback", TIMERS)
def test_a_timer_callback_changing_the_argument_it_was_handed_joins_the_reader(setup, write, callback):
    """`setTimeout(cb, ms, ...args)`: the callback, a fluxion of its own, gets `args`."""
    assert same_group(TEMPLATE.format(setup=setup, write=write), callback, READER)


COPIES_ONLY = [
    ("const stores = { carts };", "const all = { ...stores }; all.extra = 1"),
    ("const stores = [carts];", "const copy = stores.slice(); copy.push({})"),
    ("const registry = new Map([['carts', carts]]);", "const m = new Map(registry); m.set('x', 1)"),
    ("const all = new Set([carts]);", "const s = new Set(all); s.add(2)"),
]


@pytest.mark.parametrize("setup,write", COPIES_ONLY)
def test_changing_a_copy_itself_changes_nothing_kept(setup, write):
    assert not stateful(TEMPLATE.format(setup=setup, write=write), WRITER)


BUFFER = """
    const express = require('express');
    const crypto = require('crypto');
    const app = express();
    const buf = Buffer.alloc(8);
    app.post('/w', (req, res) => {{
      {op};
      res.end();
    }});
    app.get('/r', (req, res) => res.send(buf.toString('hex')));
"""

BUFFER_WRITES = [
    "buf.writeUInt32BE(Number(req.query.n), 0)",
    "buf.write(String(req.query.s))",
    "buf.swap16()",
    "Buffer.from('ab').copy(buf)",
    "crypto.randomFillSync(buf)",
    "buf.subarray(0, 2)[0] = 7",
]


@pytest.mark.parametrize("op", BUFFER_WRITES)
def test_a_buffer_written_in_place_is_state(op):
    src = BUFFER.format(op=op)
    assert same_group(src, 5, 9)


BUFFER_READS = [
    "res.json(buf.readUInt32BE(0))",
    "res.json(buf.subarray(0, 2).length)",
    "res.json(buf.equals(Buffer.alloc(8)))",
    "res.json(Buffer.concat([buf, buf]).length)",
]


@pytest.mark.parametrize("op", BUFFER_READS)
def test_reading_a_buffer_changes_nothing(op):
    assert not stateful(BUFFER.format(op=op), 5)


def test_a_constant_number_reached_through_a_container_is_not_state():
    src = """
        const express = require('express');
        const app = express();
        const ROWS = 3;
        const grid = Array.from({ length: ROWS }, () => []);
        app.post('/w', (req, res) => { grid[0].push(1); res.end(); });
        app.get('/rows', (req, res) => res.json(ROWS));
        app.get('/grid', (req, res) => res.json(grid));
    """
    assert same_group(src, 5, 7) and not stateful(src, 6)


MADE_HOLDING_STATE = [
    # a class whose constructor, another method or a field keeps module state on `this`
    ("class Shop { constructor() { this.store = carts; } add() { this.store.n++; } } const shop = new Shop();",
     "shop.add()"),
    ("class Shop { init() { this.store = carts; return this; } add() { this.store.n++; } } "
     "const shop = new Shop().init();", "shop.add()"),
    ("class Shop { constructor() { this.store = carts; } get items() { return this.store.items; } } "
     "const shop = new Shop();", "shop.items.push(1)"),
    ("class Base { constructor() { this.store = carts; } } class Shop extends Base { add() { this.store.n++; } } "
     "const shop = new Shop();", "shop.add()"),
    ("function Shop() { this.store = carts; } Shop.prototype.add = function () { this.store.n++; }; "
     "const shop = new Shop();", "shop.add()"),
    ("class Shop { #c = carts; bump() { this.#c.n++; } } const shop = new Shop();", "shop.bump()"),
    ("class Shop { store = carts; add = () => { this.store.n++; }; } const { add } = new Shop();", "add()"),
    ("class Shop { static carts = carts; }", "Shop.carts.n++"),
    ("const Shop = class { static carts = carts; };", "Shop.carts.n++"),
    # a promise made by the program settles to what its executor resolves
    ("function load() { return new Promise((resolve) => resolve(carts)); }", "const s = await load(); s.n++"),
    ("function load() { return new Promise((ok) => setImmediate(() => ok(carts))); }", "(await load()).items.push(1)"),
    # what a WeakRef gives back, and the elements of nested arrays flattened
    ("const ref = new WeakRef(carts);", "ref.deref().n++"),
    ("const lists = [[carts]];", "lists.flat()[0].n++"),
]


@pytest.mark.parametrize("setup,write", MADE_HOLDING_STATE)
def test_a_change_through_an_object_made_holding_state_joins_the_reader(setup, write):
    src = TEMPLATE.format(setup=setup, write=write).replace("app.post('/w', (req", "app.post('/w', async (req")
    assert any(same_group(src, line, READER) for line in (WRITER, WRITER + 1))


JSON_FILE = {"config.json": '{"maintenance": false, "list": []}'}
JSON_APP = """
const express = require('express');
const config = require('./config.json');
const app = express();
app.post('/w', (req, res) => {{ {write}; res.end(); }});
app.get('/r', (req, res) => res.json({read}));
module.exports = app;
"""


@pytest.mark.parametrize("write,read", [
    ("config.maintenance = true", "require('./config.json').maintenance"),
    ("require('./config').maintenance = true", "config.maintenance"),
    ("require('./config.json').list.push(1)", "config.list"),
])
def test_every_require_of_a_json_file_gives_the_one_object(write, read):
    """Node.js caches a JSON file's object like a module's: changed through one `require` of it,
    read through another (one written in a handler too)."""
    g = graph(dict(JSON_FILE, **{"app.js": JSON_APP.format(write=write, read=read)}))
    assert same_group(g, "post_w", "get_r")
