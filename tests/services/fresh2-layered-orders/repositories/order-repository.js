const db = require('../lib/db');

class OrderRepository {
  get #orders() {
    return db.table('orders');
  }

  async create(data) {
    const order = { id: db.nextId('ord'), ...data, status: 'pending', history: ['pending'] };
    this.#orders.set(order.id, order);
    return order;
  }

  async findById(id) {
    return this.#orders.get(id) ?? null;
  }

  async findAll({ status, customer } = {}) {
    return [...this.#orders.values()].filter(
      (o) => (!status || o.status === status) && (!customer || o.customer === customer),
    );
  }

  async update(id, changes) {
    const current = this.#orders.get(id);
    if (!current) return null;
    const next = { ...current, ...changes };
    this.#orders.set(id, next);
    return next;
  }
}

module.exports = { orderRepository: new OrderRepository() };
