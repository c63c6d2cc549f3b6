const bus = require('../events/bus');

const stock = new Map([['apple', 20], ['pear', 5], ['fig', 2]]);
const reserved = new Map();

function reserve(order) {
  for (const { sku, qty } of order.lines) {
    stock.set(sku, stock.get(sku) - qty);
    reserved.set(sku, (reserved.get(sku) ?? 0) + qty);
  }
}
function release(order) {
  for (const { sku, qty } of order.lines) {
    stock.set(sku, stock.get(sku) + qty);
    reserved.set(sku, reserved.get(sku) - qty);
  }
}
function commit(order) {
  for (const { sku, qty } of order.lines) reserved.set(sku, reserved.get(sku) - qty);
}

bus.on('order:created', reserve);
bus.on('order:cancelled', release);
bus.on('order:refunded', release);
bus.on('order:shipped', commit);

module.exports = {
  available: (sku, qty) => (stock.get(sku) ?? 0) >= qty,
  levels: () => ({ stock: Object.fromEntries(stock), reserved: Object.fromEntries(reserved) }),
};
