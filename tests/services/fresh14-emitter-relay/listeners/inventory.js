'use strict';
const bus = require('../lib/bus');

const stock = { widget: 5, gadget: 2 };
const reserved = {};

function reserve({ id, items }) {
  reserved[id] = items;
  for (const { sku, qty } of items) stock[sku] -= qty;
}

function release({ id }) {
  for (const { sku, qty } of reserved[id] ?? []) stock[sku] += qty;
  delete reserved[id];
}

bus.on('order:placed', reserve);
bus.on('order:cancelled', release);
bus.on('internal:restock', (sku, qty) => {
  stock[sku] = (stock[sku] ?? 0) + qty;
});

module.exports = {
  levels: () => ({ ...stock }),
  available: (sku, qty) => (stock[sku] ?? 0) >= qty,
};
