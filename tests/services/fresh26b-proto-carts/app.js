// Carts whose item array sits on the prototype (`Cart.prototype.items = []`, pushed through
// `this.items`), so every cart shares it; an audit mixin copied onto two classes with
// Object.assign whose methods write its module's log; a counter that is a function with a
// property (`nextId.count++`); a helper whose default parameter is a module array
// (`function remember(entry, list = recentlyViewed)`); methods run detached through
// call/apply/bind against instances kept in a Map; an index built at startup by a forEach arrow over the
// products (`products.forEach((p) => bySku.set(p.sku, p))`) written through, and promos sharing a data
// prototype set with Object.setPrototypeOf; a stamping mixin made by a factory whose closure counts the
// stamps of every wishlist, called on throwaway instances.
'use strict';
const express = require('express');
const { Cart, Wishlist } = require('./lib/models');
const { recent } = require('./lib/audit');

const app = express();
app.use(express.json());

const carts = new Map();
const wishlists = new Map();
const recentlyViewed = [];

// A product list and an index over it built at startup; promos share one prototype of data.
const products = [
  { sku: 'pen', price: 3, sold: 0 },
  { sku: 'ink', price: 7, sold: 0 },
  { sku: 'pad', price: 4, sold: 0 },
];
const bySku = new Map();
products.forEach((p) => bySku.set(p.sku, p));
const promoDefaults = { redeemed: [] };
const promos = { spring: { pct: 10 }, vip: { pct: 25 } };
Object.values(promos).forEach((p) => Object.setPrototypeOf(p, promoDefaults));

function nextId() {
  nextId.count = (nextId.count || 0) + 1;
  return `c${nextId.count}`;
}

function remember(entry, list = recentlyViewed) {
  list.unshift(entry);
  if (list.length > 4) list.length = 4;
  return list;
}

function cartOf(owner) {
  let c = carts.get(owner);
  if (!c) {
    c = new Cart(owner);
    c.id = nextId();
    carts.set(owner, c);
  }
  return c;
}

app.post('/carts/:owner/items', (req, res) => {
  const cart = cartOf(req.params.owner);
  const { sku, qty } = req.body;
  const size = qty === undefined ? cart.add(sku) : cart.add(sku, qty);
  res.status(201).json({ id: cart.id, size, mine: cart.mine().length });
});

// The same method borrowed three ways.
app.post('/carts/:owner/bulk', (req, res) => {
  const cart = cartOf(req.params.owner);
  const add = Cart.prototype.add;
  const sizes = [];
  const [first, second, ...rest] = req.body.skus;
  if (first) sizes.push(add.call(cart, first, 2));
  if (second) sizes.push(add.apply(cart, [second]));
  const bound = add.bind(cart);
  rest.forEach((sku) => sizes.push(bound(sku)));
  res.json({ sizes });
});

app.get('/carts/:owner', (req, res) => {
  const cart = carts.get(req.params.owner);
  if (!cart) return res.status(404).json({ error: 'no cart' });
  remember(`cart:${cart.owner}`);
  res.json({
    id: cart.id,
    mine: cart.mine().map((i) => `${i.sku}x${i.qty}`),
    shared: cart.items.length,
    total: cart.tags.total,
    ownItems: Object.prototype.hasOwnProperty.call(cart, 'items'),
  });
});

// A fix a reviewer asked for: give this cart its own array (only for this one).
app.post('/carts/:owner/detach', (req, res) => {
  const cart = cartOf(req.params.owner);
  cart.items = cart.items.filter((i) => i.owner === cart.owner);
  const wasAudited = cart.audit('detach');
  res.json({ own: cart.items.length, audit: wasAudited });
});

app.post('/wishlists/:owner', (req, res) => {
  let w = wishlists.get(req.params.owner);
  if (!w) {
    w = new Wishlist(req.params.owner);
    wishlists.set(req.params.owner, w);
  }
  const want = w.want;
  res.json({ wanted: want.call(w, req.body.sku), last: w.lastAudit() });
});

app.get('/wishlists/:owner', (req, res) => {
  const w = wishlists.get(req.params.owner);
  remember(`wish:${req.params.owner}`);
  res.json({ wanted: w ? [...w.wanted] : [] });
});

app.post('/sell/:sku', (req, res) => {
  const product = bySku.get(req.params.sku);
  if (!product) return res.status(404).json({ error: 'unknown sku' });
  product.sold += Number(req.query.n) || 1;
  const promo = promos[req.query.promo];
  if (promo) promo.redeemed.push(`${req.params.sku}@${promo.pct}`);
  res.json({ sold: product.sold });
});

app.get('/products', (req, res) => {
  res.json({
    products: products.map((p) => `${p.sku}:${p.sold}`),
    redeemed: promoDefaults.redeemed,
    shared: Object.getPrototypeOf(promos.vip) === promoDefaults,
  });
});

app.get('/audit', (req, res) => {
  const n = Number(req.query.n) || 3;
  res.json({ recent: recent(n), carts: nextId.count || 0 });
});

// a throwaway wishlist: its stamp still comes from the closure every wishlist shares
app.post('/stamps', (req, res) => {
  const probe = new Wishlist(req.query.owner || 'guest');
  res.status(201).json({ stamp: probe.stamp() });
});

app.get('/stamps', (req, res) => {
  const w = wishlists.get('ann');
  res.json({ issued: w ? w.stampsIssued() : null, next: w ? w.stamp() : null });
});

app.get('/recent', (req, res) => {
  // a local list passed explicitly: the module one is left alone
  const scratch = remember('probe', []);
  res.json({ recent: recentlyViewed, scratch });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
