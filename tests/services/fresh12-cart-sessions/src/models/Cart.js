class Cart {
  static coupons;
  static {
    Cart.coupons = new Map([
      ['TEN', { percent: 10 }],
      ['FIVEOFF', { amount: 500, min: 2000 }],
    ]);
  }

  #lines = new Map();
  coupon = null;

  add(sku, qty, price) {
    const line = this.#lines.get(sku) ?? { sku, qty: 0, price };
    line.qty += qty;
    if (line.qty <= 0) this.#lines.delete(sku);
    else this.#lines.set(sku, line);
    return line.qty;
  }

  applyCoupon(code) {
    const c = Cart.coupons.get(code);
    if (!c) return false;
    this.coupon = code;
    return true;
  }

  get subtotal() {
    let s = 0;
    for (const { qty, price } of this.#lines.values()) s += qty * price;
    return s;
  }

  get discount() {
    const c = Cart.coupons.get(this.coupon);
    if (!c) return 0;
    if (c.percent) return Math.round((this.subtotal * c.percent) / 100);
    return this.subtotal >= (c.min ?? 0) ? c.amount : 0;
  }

  get lines() { return [...this.#lines.values()].map((l) => ({ ...l })); }
  get empty() { return this.#lines.size === 0; }

  clear() {
    this.#lines.clear();
    this.coupon = null;
  }

  toJSON() {
    return { lines: this.lines, subtotal: this.subtotal, coupon: this.coupon, discount: this.discount, total: this.subtotal - this.discount };
  }
}

module.exports = Cart;
