// Read models fed by the bus: sales per sku, loyalty points, e-mail outbox.
export function registerProjections(bus) {
  const sales = {};
  const outbox = [];
  const errors = [];

  bus.on('order.placed', ({ order }) => {
    for (const { sku, qty } of order.lines) sales[sku] = (sales[sku] ?? 0) + qty;
  });
  bus.on('order.cancelled', ({ order }) => {
    for (const { sku, qty } of order.lines) sales[sku] -= qty;
  });
  bus.on('order.placed', ({ order, customer }) => {
    customer.points += Math.floor(order.total / 1000);
  });
  bus.on('order.cancelled', ({ order, customer }) => {
    if (customer.points < Math.floor(order.total / 1000)) throw new Error(`points of ${customer.id} already spent`);
    customer.points -= Math.floor(order.total / 1000);
  });
  bus.on('order.placed', ({ order, customer }) => outbox.push(`to:${customer.email} subject:Order ${order.id} confirmed`));
  bus.on('order.cancelled', ({ order, customer }) => outbox.push(`to:${customer.email} subject:Order ${order.id} cancelled`));
  bus.on('stock.restocked', ({ lines }) => outbox.push(`to:warehouse subject:restock ${lines.map((l) => `${l.sku}x${l.qty}`).join(',')}`));
  bus.on('listener-error', (e) => errors.push(`${e.name}: ${e.message}`));

  return { sales, outbox, errors };
}
