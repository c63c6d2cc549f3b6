class Order {
  static transitions;
  static #count = 0;
  static {
    this.transitions = Object.freeze({
      pending: ['paid', 'cancelled'],
      paid: ['shipped', 'refunded'],
      shipped: ['delivered'],
      delivered: [],
      cancelled: [],
      refunded: [],
    });
  }

  #history = [];
  status = 'pending';

  constructor(customer, lines) {
    this.id = ++Order.#count;
    this.customer = customer;
    this.lines = lines;
    this.#history.push('pending');
  }

  can(next) {
    return Order.transitions[this.status]?.includes(next) ?? false;
  }

  moveTo(next) {
    if (!this.can(next)) return false;
    this.status = next;
    this.#history.push(next);
    return true;
  }

  get history() { return [...this.#history]; }

  static get count() { return Order.#count; }
}

module.exports = Order;
