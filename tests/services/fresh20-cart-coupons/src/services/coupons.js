class CouponBook {
  static shared;
  #coupons = new Map();
  #usedBy = new Map(); // code -> Set(cart id)

  static {
    CouponBook.shared = new CouponBook();
    CouponBook.shared.create({ code: 'WELCOME10', percent: 10, limit: 2 });
    CouponBook.shared.create({ code: 'FIVEOFF', off: 500 });
  }

  create({ code, percent = 0, off = 0, limit = Infinity }) {
    if (this.#coupons.has(code)) return null;
    const coupon = { code, percent, off, limit, used: 0 };
    this.#coupons.set(code, coupon);
    return { ...coupon, limit: Number.isFinite(limit) ? limit : null };
  }

  check(code, cartId) {
    const coupon = this.#coupons.get(code);
    if (!coupon) return { error: `no coupon ${code}` };
    if (coupon.used >= coupon.limit) return { error: `${code} is used up` };
    if (this.#usedBy.get(code)?.has(cartId)) return { error: `${code} already used by this cart` };
    return { coupon };
  }

  redeem(code, cartId) {
    const coupon = this.#coupons.get(code);
    coupon.used += 1;
    let carts = this.#usedBy.get(code);
    carts ??= this.#usedBy.set(code, new Set()).get(code);
    carts.add(cartId);
  }

  discount(code, subtotal) {
    const { percent = 0, off = 0 } = this.#coupons.get(code) ?? {};
    return Math.min(subtotal, Math.round((subtotal * percent) / 100) + off);
  }

  report() {
    return [...this.#coupons.values()].map(({ code, used, limit }) => ({ code, used, left: Number.isFinite(limit) ? limit - used : null }));
  }
}

module.exports = { CouponBook };
