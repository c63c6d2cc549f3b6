"""Routes registered from a table of route objects (`routes.forEach((r) => router[r.method](r.path, r.handler))`,
`for (const r of routes) app[r.method](r.path, ...r.middleware, r.handler)`): `r.handler` is any function the
table holds. It was no function the analysis knew: the handlers ran in the router's replicated unit, and what they
wrote each node had its own copy of (ruptures.py, element_member_items)."""
from .helpers import same_group

TABLE = """
    const express = require('express');
    const ctrl = {
      seen: new Set(),
      a(req, res) { ctrl.seen.add('a'); res.json([...ctrl.seen]); },
      b: (req, res) => { ctrl.seen.add('b'); res.json([...ctrl.seen]); },
    };
    const routes = [
      { method: 'post', path: '/a', handler: ctrl.a },
      { method: 'post', path: '/b', handler: ctrl.b },
    ];
    const router = express.Router();
    LOOP
    const app = express();
    app.use(router);
    app.get('/seen', (req, res) => res.json([...ctrl.seen]));
"""


def test_handlers_of_a_route_table_handed_on_by_for_each_share_what_they_write():
    src = TABLE.replace("LOOP", "routes.forEach((r) => router[r.method](r.path, r.handler));")
    assert same_group(src, 4, 5, 15)


def test_so_when_a_for_of_loop_registers_them():
    src = TABLE.replace("LOOP", "for (const route of routes) router[route.method](route.path, route.handler);")
    assert same_group(src, 4, 5, 15)


BUILT = """
    const express = require('express');
    const counts = { open: 0, close: 0 };
    const handlers = Object.fromEntries(['open', 'close'].map((name) => [name, (req, res) => {
      counts[name]++;
      res.json(counts);
    }]));
    const app = express();
    app.post('/open', handlers.open);
    app.post('/close', handlers.close);
    app.get('/counts', (req, res) => res.json(counts));
"""


def test_handlers_of_a_table_built_by_object_from_entries_share_what_they_write():
    """`handlers.open` of `Object.fromEntries(names.map((name) => [name, (req, res) => ...]))`: any function the
    table was built with (ruptures.py, built_table_items); it was no fluxion, run in the router's unit."""
    assert same_group(BUILT, 3, 10)
