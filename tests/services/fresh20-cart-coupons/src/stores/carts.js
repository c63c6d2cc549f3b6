const config = require('../config');

const PRICES = { tee: 2000, mug: 1250, cap: 1500, sticker: 300 };

class CartStore {
  carts = new Map();

  open(id) {
    if (!this.carts.has(id)) this.carts.set(id, { id, lines: [], coupon: null, version: 0 });
    return this.carts.get(id);
  }

  addItem(cart, { sku, qty = 1 }) {
    const price = PRICES[sku];
    if (price === undefined) throw Object.assign(new Error(`unknown sku ${sku}`), { status: 404 });
    const line = cart.lines.find((l) => l.sku === sku);
    if (line) line.qty = Math.min(config.maxQty, line.qty + qty);
    else cart.lines.push({ sku, qty: Math.min(config.maxQty, qty), price });
    cart.version++;
  }

  empty(cart) {
    cart.lines.length = 0;
    cart.coupon = null;
    cart.version++;
  }
}

module.exports = new CartStore();
