'use strict';
const { memoize, once, batcher } = require('../utils/fn');

const products = [
  { sku: 'A1', name: 'Anvil', price: 120, category: 'tools' },
  { sku: 'B2', name: 'Bucket', price: 8, category: 'garden' },
  { sku: 'C3', name: 'Chisel', price: 15, category: 'tools' },
  { sku: 'D4', name: 'Dibber', price: 4, category: 'garden' },
  { sku: 'E5', name: 'Easel', price: 60, category: 'art' },
];

let computeCount = 0;

const findBySku = memoize((sku) => {
  computeCount++;
  return products.find((p) => p.sku === sku) || null;
}, { max: 3 });

const byCategory = memoize((category, sort) => {
  computeCount++;
  const list = products.filter((p) => p.category === category);
  return sort === 'price' ? list.slice().sort((a, b) => a.price - b.price) : list;
}, { key: (category, sort = 'name') => `${category}|${sort}` });

const loadTaxTable = once(() => {
  computeCount++;
  return { tools: 0.2, garden: 0.1, art: 0.05 };
});

const priceUpdates = batcher((items) => {
  for (const { sku, price } of items) {
    const p = products.find((x) => x.sku === sku);
    if (p) p.price = price;
    findBySku.forget(sku);
  }
  byCategory.clear();
  return items.length;
});

// A method memoized in place, the pre-decorator way.
class Search {
  constructor(items) { this.items = items; this.runs = 0; }
  run(q) {
    this.runs++;
    return this.items.filter((p) => p.name.toLowerCase().includes(q)).map((p) => p.sku);
  }
}
Search.prototype.run = memoize(Search.prototype.run, { max: 2 });
const search = new Search(products);

module.exports = {
  search,
  findBySku, byCategory, loadTaxTable, priceUpdates,
  computed: () => computeCount,
};
