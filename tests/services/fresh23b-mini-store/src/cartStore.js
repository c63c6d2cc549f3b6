'use strict';
const { createStore } = require('./createStore');

const cartStore = createStore((set, get) => ({
  items: [],
  coupon: null,
  version: 0,
  add(sku, price, qty = 1) {
    const existing = get().items.find((i) => i.sku === sku);
    set((s) => ({
      version: s.version + 1,
      items: existing
        ? s.items.map((i) => (i.sku === sku ? { ...i, qty: i.qty + qty } : i))
        : [...s.items, { sku, price, qty }],
    }));
  },
  remove(sku) {
    set((s) => ({ version: s.version + 1, items: s.items.filter((i) => i.sku !== sku) }));
  },
  applyCoupon(code) {
    set({ coupon: code });
  },
  touch() {
    set((s) => s); // same state: no listener runs
  },
}));

module.exports = cartStore;
