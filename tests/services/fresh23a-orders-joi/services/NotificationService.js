'use strict';

class NotificationService {
  outbox = [];
  perCustomer = new Map();

  // arrow fields keep `this` when handed to OrderService#on
  onPlaced = (order) => this.#queue(order.customer, `order ${order.id} received (${order.total})`);

  onShipped = (order) => this.#queue(order.customer, `order ${order.id} is on its way`);

  onCancelled(order, from) {
    this.#queue(order.customer, `order ${order.id} cancelled (was ${from})`);
  }

  #queue(to, text) {
    this.outbox.push({ n: this.outbox.length + 1, to, text });
    this.perCustomer.set(to, (this.perCustomer.get(to) ?? 0) + 1);
  }

  summary() {
    return { sent: this.outbox.length, perCustomer: Object.fromEntries(this.perCustomer), last: this.outbox.slice(-3) };
  }
}

module.exports = NotificationService;
