import { bus } from '../bus/index.js';

export const shipments = [];
let vipOnce = null;

function onPlaced(order, meta) {
  shipments.push({ order: order.id, express: meta?.express ?? false, first: order.billedFirst === true });
  if (shipments.length >= 3) {
    bus.off('placed', onPlaced);
    bus.emit('error', new Error('shipping paused after 3 orders'));
  }
}

bus.on('placed', onPlaced);

export function watchVip() {
  if (vipOnce) return false;
  vipOnce = (order) => { shipments.push({ order: order.id, vip: true }); vipOnce = null; };
  bus.once('placed', vipOnce);
  return true;
}
