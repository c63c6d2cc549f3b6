import { prices } from './catalog.js';

const kLines = Symbol('lines');

export default class Cart {
  static #created = 0;
  static carts = new Map();

  #discount = 0;

  constructor(owner) {
    this.owner = owner;
    this[kLines] = [];
    Cart.#created += 1;
    Cart.carts.set(owner, this);
  }

  static for(owner) {
    return Cart.carts.get(owner) ?? new Cart(owner);
  }

  static get created() {
    return Cart.#created;
  }

  add(sku, qty = 1) {
    const line = this[kLines].find((l) => l.sku === sku);
    if (line) line.qty += qty;
    else this[kLines].push({ sku, qty });
    return this;
  }

  remove(sku) {
    const i = this[kLines].findIndex((l) => l.sku === sku);
    if (i >= 0) this[kLines].splice(i, 1);
    return i >= 0;
  }

  set discount(pct) {
    if (pct < 0 || pct > 50) throw new RangeError(`discount ${pct}% out of range`);
    this.#discount = pct;
  }

  get discount() {
    return this.#discount;
  }

  get subtotal() {
    return this[kLines].reduce((sum, l) => sum + prices.get(l.sku) * l.qty, 0);
  }

  get total() {
    return Math.round(this.subtotal * (100 - this.#discount) / 100);
  }

  toJSON() {
    return { owner: this.owner, lines: this[kLines], discount: this.#discount, total: this.total };
  }
}
