'use strict';
const outbox = [];

module.exports = function register(bus) {
  const onPlaced = (order) => outbox.push(`to ${order.customer}: order ${order.id} received`);
  bus.on('order:placed', onPlaced);
  bus.on('stock:short', (sku, n) => outbox.push(`to purchasing: ${sku} short by ${n}`));
  // The first cancellation ever gets an apology coupon.
  bus.once('order:cancelled', (order) => outbox.push(`to ${order.customer}: sorry, here is a coupon`));
  return {
    name: 'mailer',
    report: () => ({ outbox }),
    mute: () => bus.removeListener('order:placed', onPlaced),
  };
};
