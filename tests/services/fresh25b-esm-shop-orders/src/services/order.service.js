import { conflict, notFound, unprocessable } from '../utils/errors.js';

export class OrderService {
  #idempotency = new Map();

  constructor({ orders, carts, stock, clock, env, bus }) {
    Object.assign(this, { orders, carts, stock, clock, env, bus });
  }

  async checkout(customer, key) {
    if (key) {
      const seen = this.#idempotency.get(`${customer.id}:${key}`);
      if (seen && seen.expiresAt > this.clock.now()) return { order: this.orders.get(seen.orderId), replayed: true };
    }
    const cart = this.carts.cartOf(customer);
    const totals = this.carts.totals(cart);
    if (!totals.lines.length) throw unprocessable('cart is empty');
    // payment provider round trip
    await new Promise((resolve) => setTimeout(resolve, 5));
    const lines = this.stock.commit(cart.id);
    this.carts.close(cart);
    const order = this.orders.save({
      customerId: customer.id,
      lines,
      total: totals.total,
      discount: totals.discount,
      status: 'placed',
      placedAt: this.clock.date().toISOString(),
    });
    if (key) this.#idempotency.set(`${customer.id}:${key}`, { orderId: order.id, expiresAt: this.clock.now() + this.env.idempotencyTtlMinutes * 60_000 });
    this.bus.publish('order.placed', { order, customer });
    return { order, replayed: false };
  }

  cancel(customer, orderId) {
    const order = this.orders.get(orderId);
    if (!order || order.customerId !== customer.id) throw notFound(`order ${orderId}`);
    if (order.status !== 'placed') throw conflict(`order is ${order.status}`);
    order.status = 'cancelled';
    this.stock.restock(order.lines);
    this.bus.publish('order.cancelled', { order, customer });
    return order;
  }

  mine(customer) {
    return this.orders.filter((o) => o.customerId === customer.id);
  }
}
