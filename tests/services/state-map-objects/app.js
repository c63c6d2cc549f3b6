// Carts in a Map keyed by id, made at start by a static factory, each an instance
// whose methods change it (a Map of its own inside); handlers take a cart out of
// the Map, through a helper or directly, and change it; a listing walks the Map.
const express = require('express');
const app = express();

class Cart {
  static empty(id) {
    return new Cart(id);
  }

  constructor(id) {
    this.id = id;
    this.items = new Map();
    this.checkouts = 0;
  }

  add(sku, qty) {
    this.items.set(sku, (this.items.get(sku) || 0) + qty);
    return this;
  }

  remove(sku) {
    return this.items.delete(sku);
  }

  total() {
    let n = 0;
    for (const qty of this.items.values()) n += qty;
    return n;
  }

  toJSON() {
    return { id: this.id, items: Object.fromEntries(this.items), checkouts: this.checkouts };
  }
}

const carts = new Map();
for (const id of ['ann', 'bob', 'cid']) carts.set(id, Cart.empty(id));

function cartOf(id) {
  return carts.get(id) || null;
}

app.post('/carts/:id/add/:sku', (req, res) => {
  const cart = cartOf(req.params.id);
  if (!cart) return res.status(404).json({ error: 'no cart' });
  res.json(cart.add(req.params.sku, Number(req.query.qty) || 1));
});

app.delete('/carts/:id/:sku', (req, res) => {
  const cart = carts.get(req.params.id);
  if (!cart) return res.status(404).json({ error: 'no cart' });
  res.json({ removed: cart.remove(req.params.sku), cart });
});

app.post('/carts/:id/checkout', (req, res) => {
  const cart = carts.get(req.params.id);
  if (!cart || cart.total() === 0) return res.status(400).json({ error: 'empty' });
  cart.checkouts++;
  const count = cart.total();
  cart.items.clear();
  res.json({ checkedOut: count, cart });
});

app.get('/carts', (req, res) => {
  const list = [];
  for (const [id, cart] of carts) list.push({ id, total: cart.total(), checkouts: cart.checkouts });
  res.json(list);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
