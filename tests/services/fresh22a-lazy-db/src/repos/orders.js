'use strict';

const { getDb } = require('../db');
const products = require('./products');

let orderSeq = 0;

class OutOfStock extends Error {
  status = 409;
}

async function place(sku, qty) {
  const db = await getDb();
  const product = await products.find(sku);
  if (!product) return null;
  if (product.stock < qty) throw new OutOfStock(`only ${product.stock} ${sku} left`);
  await products.adjustStock(sku, -qty);
  const order = { id: ++orderSeq, sku, qty, total: product.price * qty, status: 'placed' };
  db.query('orders').push(order);
  return order;
}

async function cancel(id) {
  const db = await getDb();
  const order = db.query('orders').find((o) => o.id === id);
  if (!order || order.status === 'cancelled') return null;
  order.status = 'cancelled';
  await products.adjustStock(order.sku, order.qty);
  return order;
}

async function list() {
  return (await getDb()).query('orders');
}

module.exports = { place, cancel, list, OutOfStock };
