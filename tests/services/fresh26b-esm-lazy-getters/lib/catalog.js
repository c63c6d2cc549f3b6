// A catalog module in the IIFE pattern, with a lazily built index behind a getter and
// per-product quotes cached in a WeakMap keyed by the product object.
import { registry } from './registry.js';

export const catalog = (function () {
  const products = [
    { sku: 'tea', price: 400, tags: ['drink'] },
    { sku: 'mug', price: 900, tags: ['kitchen', 'gift'] },
    { sku: 'jam', price: 650, tags: ['food', 'gift'] },
  ];
  let index = null;
  let builds = 0;
  const quotes = new WeakMap();

  return {
    get byTag() {
      if (index === null) {
        builds += 1;
        index = {};
        for (const p of products) for (const t of p.tags) (index[t] ??= []).push(p.sku);
      }
      return index;
    },
    get builds() { return builds; },
    add(product) {
      products.push(product);
      index = null;
      return products.length;
    },
    find: (sku) => products.find((p) => p.sku === sku),
    quote(product) {
      let q = quotes.get(product);
      if (!q) {
        const reg = registry();
        const pct = [...reg.rules.values()].reduce((a, b) => a + b, 0);
        q = { sku: product.sku, net: Math.round(product.price * (100 - pct) / 100), pct };
        quotes.set(product, q);
      } else {
        registry().hits += 1;
      }
      return q;
    },
    forget(product) {
      return quotes.delete(product);
    },
  };
})();
