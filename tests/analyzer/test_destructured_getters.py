"""`const { next: id } = ids` where `ids` has `get next() { counter += 1; return counter; }`:
destructuring reads the property, so the getter runs and changes `counter`. Only a member read
(`ids.next`) ran a getter, so the handler was stateless and each id came from main's counter
while units moved (fresh14-implicit-calls)."""
from .helpers import graph, same_group, write_lines

GETTER = {
    "app.js": """
        const express = require('express');
        const ids = require('./ids');
        const app = express();
        app.post('/items', (req, res) => {
          const { next: id } = ids;
          res.status(201).json({ id });
        });
        app.get('/issued', (req, res) => res.json(ids.issued));
        module.exports = app;
    """,
    "ids.js": """
        let counter = 0;
        module.exports = {
          get next() { counter += 1; return counter; },
          get issued() { return counter; },
        };
    """,
}


def test_destructuring_a_getter_runs_it():
    counter = [v for v in graph(GETTER)["variables"] if v["name"] == "counter"][0]
    assert "post_items" in {w["fluxion"] for w in counter["writes"]}
    assert same_group(GETTER, "post_items", "get_issued")


THROUGH_GETTERS = {
    "lib/shop.js": """
        let season = { name: 'winter', discount: 0 };
        const catalog = { apple: 3 };
        module.exports = {
          get season() { return season; },
          price(item) { return catalog[item] * (1 - season.discount); },
        };
        Object.defineProperty(module.exports, 'catalog', { get: () => catalog, enumerable: true });
    """,
    "app.js": """
        const express = require('express');
        const shop = require('./lib/shop');
        const app = express();
        app.put('/season', (req, res) => { Object.assign(shop.season, req.body); res.json(shop.season); });
        app.put('/catalog/:item', (req, res) => { shop.catalog[req.params.item] = req.body.price; res.end(); });
        app.get('/price/:item', (req, res) => res.json(shop.price(req.params.item)));
        module.exports = app;
    """,
}


def test_an_object_literals_getter_returning_module_state_is_followed_by_a_write_through_the_property():
    assert ("put_season", 4) in write_lines(THROUGH_GETTERS, "season")


def test_so_is_an_object_define_property_getter():
    assert ("put_catalog_item", 5) in write_lines(THROUGH_GETTERS, "catalog")


def test_the_writers_and_the_reader_share_a_group():
    assert same_group(THROUGH_GETTERS, 4, 5, 6)
