"""An object set on a constructor's prototype (`Cart.prototype.items = []`) is shared by every instance
without an own one: changing it inside (`this.items.push(x)`, `cart.tags.total += n`) changes the
constructor's prototype, so the constructor is state written there (fresh26b-proto-carts: each node
pushed into its own copy of the shared array)."""
from .helpers import group_of, write_lines

SHARED = {
    "app.js": """
        const express = require('express');
        const { Cart } = require('./cart');
        const app = express();
        const carts = new Map();
        app.post('/:owner', (req, res) => {
          if (!carts.has(req.params.owner)) carts.set(req.params.owner, new Cart(req.params.owner));
          res.json({ size: carts.get(req.params.owner).add(req.query.sku) });
        });
        app.get('/tags', (req, res) => {
          const probe = new Cart('probe');
          probe.tags.reads++;
          res.json(probe.tags);
        });
        module.exports = app;
    """,
    "cart.js": """
        function Cart(owner) { this.owner = owner; }
        Cart.prototype.kind = 'cart';
        Cart.prototype.items = [];
        Cart.prototype.tags = { reads: 0 };
        Cart.prototype.add = function (sku) {
          this.items.push({ owner: this.owner, sku });
          return this.items.length;
        };
        module.exports = { Cart };
    """,
}


def test_a_method_changing_a_prototype_array_writes_the_constructor():
    assert ("post_owner", 6) in write_lines(SHARED, "Cart")


def test_a_handler_changing_a_prototype_object_of_a_fresh_instance_writes_the_constructor():
    # `probe` is a local, but its `tags` is the prototype's object
    assert ("get_tags", 11) in write_lines(SHARED, "Cart")
    assert group_of(SHARED, "get_tags") is not None
    assert group_of(SHARED, "get_tags") == group_of(SHARED, "post_owner")


def test_a_primitive_on_the_prototype_is_no_shared_object():
    src = {"app.js": """
        const express = require('express');
        const app = express();
        function Tally() {}
        Tally.prototype.n = 0;
        Tally.prototype.bump = function () { this.n++; return this.n; };
        app.get('/', (req, res) => res.json({ n: new Tally().bump() }));
        module.exports = app;
    """}
    assert write_lines(src, "Tally") == set()
