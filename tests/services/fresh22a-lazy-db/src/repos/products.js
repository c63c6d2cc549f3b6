'use strict';

const { getDb } = require('../db');

exports.all = async () => {
  const db = await getDb();
  return [...db.query('products').values()];
};

exports.find = async (sku) => {
  const db = await getDb();
  return db.query('products').get(sku) ?? null;
};

exports.adjustStock = async (sku, delta) => {
  const product = await exports.find(sku);
  if (!product) return null;
  product.stock += delta;
  return product;
};
