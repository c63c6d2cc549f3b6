const memoize = require('./memo');

const products = [
  { sku: 'A-100', name: 'Kettle', price: 2999, stock: 4 },
  { sku: 'B-200', name: 'Toaster', price: 4599, stock: 0 },
  { sku: 'C-300', name: 'Blender', price: 8900, stock: 12 },
];

const priceWithTax = memoize((cents, rate) => Math.round(cents * (1 + rate)));

function find(sku) {
  return products.find((p) => p.sku === sku.toUpperCase());
}

function restock(sku, qty) {
  const product = find(sku);
  if (!product) return null;
  product.stock += qty;
  priceWithTax.clear();
  return product;
}

const list = ({ inStock } = {}) => products.filter((p) => !inStock || p.stock > 0);

module.exports = { find, restock, list, priceWithTax };
