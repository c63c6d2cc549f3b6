const entries = [];
let seq = 0;

export default function register(bus) {
  // Audit must see an order before any other listener changes anything.
  bus.prependListener('order:placed', (order) => {
    entries.push(`${++seq} placed ${order.id} (${bus.listenerCount('order:placed')} listeners)`);
  });
  bus.prependOnceListener('order:placed', (order) => entries.push(`${++seq} first order ${order.id}`));
  bus.on('order:cancelled', (order) => entries.push(`${++seq} cancelled ${order.id}`));
  return { name: 'audit', report: () => ({ entries }) };
}
