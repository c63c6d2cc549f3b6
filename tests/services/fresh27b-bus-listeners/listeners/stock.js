'use strict';
const levels = { widget: 5, gadget: 2, doohickey: 0 };
const backorders = [];

module.exports = function register(bus) {
  bus.on('order:placed', (order) => {
    for (const { sku, qty } of order.items) {
      const have = levels[sku] ?? 0;
      if (have >= qty) levels[sku] = have - qty;
      else {
        levels[sku] = 0;
        backorders.push({ order: order.id, sku, missing: qty - have });
        bus.emit('stock:short', sku, qty - have);
      }
    }
  });
  bus.on('order:cancelled', (order) => {
    for (const { sku, qty } of order.items) levels[sku] = (levels[sku] ?? 0) + qty;
  });
  return { name: 'stock', report: () => ({ levels: { ...levels }, backorders }) };
};
