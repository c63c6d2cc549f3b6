const db = require('../lib/db');

const seed = [
  { sku: 'KB-01', name: 'Keyboard', price: 4999, stock: 5 },
  { sku: 'MS-02', name: 'Mouse', price: 1999, stock: 10 },
  { sku: 'MN-27', name: 'Monitor 27"', price: 21900, stock: 2 },
];

const products = db.table('products');
for (const p of seed) products.set(p.sku, { ...p });

module.exports = {
  findBySku: async (sku) => products.get(sku) ?? null,
  all: async () => [...products.values()],
  async adjustStock(sku, delta) {
    const product = products.get(sku);
    product.stock += delta;
    return product.stock;
  },
};
