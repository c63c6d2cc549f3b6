'use strict';
const catalog = require('./catalog');
const { maxQty } = require('#config');
const { NotFound, Conflict } = require('#lib/errors');

class Cart {
  static #all = new Map();
  static #seq;

  static {
    Cart.#seq = 100;
  }

  static open(id) {
    let cart = Cart.#all.get(id);
    if (!cart) {
      cart = new Cart(id ?? `c${++Cart.#seq}`);
      Cart.#all.set(cart.id, cart);
    }
    return cart;
  }

  static get(id) {
    const cart = Cart.#all.get(id);
    if (!cart) throw new NotFound(`cart ${id}`);
    return cart;
  }

  static holding(sku) {
    let n = 0;
    for (const cart of Cart.#all.values()) if (cart.#lines.has(sku)) n++;
    return n;
  }

  static drop(id) {
    return Cart.#all.delete(id);
  }

  #lines = new Map();
  coupon = null;
  status = 'open';

  constructor(id) {
    this.id = id;
  }

  #line(sku) {
    const product = catalog.find(sku);
    if (!product) throw new NotFound(`product ${sku}`);
    return product;
  }

  add(sku, qty = 1) {
    if (this.status !== 'open') throw new Conflict(`cart ${this.id} is ${this.status}`);
    const product = this.#line(sku);
    const next = (this.#lines.get(sku) ?? 0) + qty;
    if (next > maxQty) throw new Conflict(`at most ${maxQty} of ${sku}`);
    if (next > product.stock) {
      throw new Conflict(`only ${product.stock} ${sku} left`, { cause: { sku, wanted: next, stock: product.stock } });
    }
    this.#lines.set(sku, next);
    return this;
  }

  set(sku, qty) {
    this.#line(sku);
    if (qty <= 0) this.#lines.delete(sku);
    else this.#lines.set(sku, qty);
    return this;
  }

  get lines() {
    return [...this.#lines].map(([sku, qty]) => {
      const { name, price } = catalog.find(sku);
      return { sku, name, qty, price, total: price * qty };
    });
  }

  get count() {
    let n = 0;
    this.#lines.forEach((qty) => (n += qty));
    return n;
  }

  get empty() {
    return this.#lines.size === 0;
  }

  clear() {
    this.#lines.clear();
  }
}

module.exports.Cart = Cart;
