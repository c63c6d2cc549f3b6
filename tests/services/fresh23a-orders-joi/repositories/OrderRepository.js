'use strict';

class OrderRepository {
  #orders = [];
  #seq = 1000;

  nextId() {
    this.#seq += 1;
    return `ORD-${this.#seq}`;
  }

  save(order) {
    const at = this.#orders.findIndex((o) => o.id === order.id);
    if (at === -1) this.#orders.push(order);
    else this.#orders[at] = order;
    return order;
  }

  byId(id) {
    return this.#orders.find((o) => o.id === id);
  }

  query(filter) {
    return this.#orders.filter(filter);
  }
}

module.exports = OrderRepository;
