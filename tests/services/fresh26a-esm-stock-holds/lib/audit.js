import { inventory } from './inventory.js';

export const events = [];
export const perCustomer = {};

for (const type of ['held', 'confirmed', 'expired', 'released']) {
  inventory.on(type, ({ id, sku, qty, customer }) => {
    events.push(`${type}:${id}:${sku}x${qty}`);
    const c = (perCustomer[customer] ??= { held: 0, confirmed: 0, expired: 0, released: 0 });
    c[type]++;
  });
}
