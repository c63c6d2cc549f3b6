import { bus, EVENTS } from '#lib/events';

const trail = [];
const alerts = new Set();

bus.on(EVENTS.STOCK_CHANGED, ({ item, delta, reason }) => {
  trail.push({ sku: item.sku, delta, reason, after: item.quantity });
});

bus.on(EVENTS.LOW_STOCK, (item) => {
  alerts.add(item.sku);
});

bus.on(EVENTS.RESERVED, (reservation) => {
  trail.push({ sku: reservation.sku, delta: -reservation.quantity, reason: 'reservation', after: reservation.remaining });
});

export function auditTrail(sku) {
  return sku ? trail.filter((entry) => entry.sku === sku) : trail;
}

export function lowStockAlerts() {
  return [...alerts].sort();
}

export function acknowledge(sku) {
  return alerts.delete(sku);
}
