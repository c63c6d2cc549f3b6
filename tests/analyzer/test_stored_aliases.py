"""A module value stored into another container by a method (`index.set(key, users[0])`, `picks.push(user)`,
`views.set(tenant, bitmap.subarray(0, 4))`) is inside that container, as `index.key = users[0]` was: a
write through `index.get(key).n++` or `views.get(t)[i] ^= 1` is a write of `users` or `bitmap`. It was not,
so `users`/`bitmap` stayed read-only module values that the reading handler took from main's snapshot
(fresh22b-typed-counters: a tenant's flag set through its view never showed in the bitmap)."""
from .helpers import graph

TEMPLATE = """
    const express = require('express');
    const app = express();
    DECL
    app.post('/link', (req, res) => { LINK; res.json(1); });
    app.post('/w', (req, res) => { WRITE; res.json(1); });
    app.get('/r', (req, res) => res.json(String(NAME)));
    module.exports = app;
"""


def writers(decl, link, write, name):
    source = TEMPLATE.replace("DECL", decl).replace("LINK", link).replace("WRITE", write).replace("NAME", name)
    found = [v for v in graph({"app.js": source})["variables"] if v["name"] == name]
    return {w["fluxion"] for v in found for w in v.get("writes", [])}


def test_a_value_a_map_stores_is_inside_the_map():
    assert writers("const users = [{ n: 0 }]; const index = new Map();", "index.set('a', users[0])",
                   "index.get('a').n++", "users") == {"post_w"}


def test_a_value_pushed_is_inside_the_array():
    assert writers("const users = [{ n: 0 }]; const picks = [];", "picks.push(users[0])", "picks[0].n++",
                   "users") == {"post_w"}


def test_a_local_made_from_a_module_value():
    assert writers("const users = [{ n: 0 }]; const picks = new Set();",
                   "const u = users.find((x) => x.n >= 0); picks.add(u)",
                   "for (const p of picks) p.n++", "users") == {"post_w"}


def test_a_subarray_view_kept_in_a_map_by_a_helper():
    decl = """const bitmap = new Uint8Array(8); const views = new Map();
              function view(t) { if (!views.has(t)) views.set(t, bitmap.subarray(0, 4)); return views.get(t); }"""
    assert "post_w" in writers(decl, "view('a')", "const v = view('a'); v[1] ^= 1", "bitmap")


KEYED = """
    const express = require('express');
    const app = express();
    const owners = [{ name: 'a' }, { name: 'b' }];
    const cache = new WeakMap();
    let loads = 0;
    function cached(o) { if (!cache.has(o)) { loads++; cache.set(o, o.name.toUpperCase()); } return cache.get(o); }
    app.get('/owner/:i', (req, res) => res.json({ v: cached(owners[req.params.i]), loads }));
    app.get('/direct/:i', (req, res) => { const o = owners[req.params.i]; if (!cache.has(o)) cache.set(o, 1); res.json(loads); });
    module.exports = app;
"""


def test_an_object_kept_as_a_key_lives_with_the_container_keeping_it():
    """A WeakMap caching by the objects of a module array never written (`cache.set(o, ...)`, `o = owners[i]`):
    a key is kept as a value is, so `owners` and `cache` hold the same objects. `owners` was a read-only value
    handed in each message as a copy of main's, so no key was ever found again and every request loaded
    (a fresh25c probe; Node.js loads each owner once)."""
    variables = {v["name"]: v for v in graph({"app.js": KEYED})["variables"]}
    groups = graph({"app.js": KEYED})["groups"]
    assert variables["owners"]["kind"] != "scope"
    assert any({"owners", "cache"} <= set(g["variables"]) for g in groups)
