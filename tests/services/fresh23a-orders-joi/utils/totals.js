'use strict';

// recalculate(order): writes subtotal, discount, shipping and total on the order it is given
const FREE_SHIPPING_FROM = 100;

function recalculate(order) {
  order.subtotal = order.lines.reduce((sum, line) => sum + line.qty * line.unitPrice, 0);
  order.discount = order.coupon ? Math.round(order.subtotal * order.coupon.percent) / 100 : 0;
  order.shipping = order.subtotal - order.discount >= FREE_SHIPPING_FROM ? 0 : 7;
  order.total = order.subtotal - order.discount + order.shipping;
  return order;
}

function bump(counters, key, by = 1) {
  counters[key] = (counters[key] ?? 0) + by;
}

module.exports = { recalculate, bump };
