'use strict';
// catalog and cart need each other: the catalog reports how many carts hold a product,
// a cart looks up prices in the catalog. Both only touch the other inside functions.
const cart = require('./cart');

const products = new Map([
  ['tee', { sku: 'tee', name: 'Logo tee', price: 19_90, stock: 6 }],
  ['mug', { sku: 'mug', name: 'Enamel mug', price: 12_50, stock: 3 }],
  ['cap', { sku: 'cap', name: 'Dad cap', price: 24_00, stock: 0 }],
]);

exports.find = (sku) => products.get(sku);

exports.all = () =>
  [...products.values()].map((p) => ({ ...p, inCarts: cart.Cart.holding(p.sku) }));

exports.take = (sku, qty) => {
  const product = products.get(sku);
  product.stock -= qty;
  return product.stock;
};

exports.restock = (sku, qty) => {
  const product = products.get(sku);
  if (!product) return undefined;
  product.stock += qty;
  return product.stock;
};
