'use strict';
const products = new Map();
const stats = { priced: 0 };

exports.seed = () => {
  products.set('apple', { cents: 120, bulk: { from: 10, off: 20 } });
  products.set('pear', { cents: 90, bulk: null });
  products.set('fig', { cents: 300, bulk: { from: 3, off: 50 } });
  return products.size;
};

exports.get = (sku) => products.get(sku);
exports.set = (sku, cents) => {
  const current = products.get(sku) ?? { bulk: null };
  products.set(sku, { ...current, cents });
};
exports.size = () => products.size;

exports.computePrice = (sku, qty) => {
  stats.priced += 1;
  const p = products.get(sku);
  if (!p) return null;
  const off = p.bulk && qty >= p.bulk.from ? p.bulk.off : 0;
  return Math.round((p.cents * qty * (100 - off)) / 100);
};

exports.stats = stats;
