'use strict';

const { NotFoundError, OutOfStockError, InvalidTransitionError, DomainError } = require('../errors');
const { recalculate, bump } = require('../utils/totals');

const TRANSITIONS = Object.freeze({
  pending: ['paid', 'cancelled'],
  paid: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
});

const COUPONS = { WELCOME10: { code: 'WELCOME10', percent: 10, uses: 1 }, BULK20: { code: 'BULK20', percent: 20, uses: 5 } };

class OrderService {
  #products;
  #orders;
  #listeners = new Map();
  counters = {};

  constructor({ productRepository, orderRepository }) {
    this.#products = productRepository;
    this.#orders = orderRepository;
  }

  on(status, listener) {
    const list = this.#listeners.get(status) ?? [];
    list.push(listener);
    this.#listeners.set(status, list);
    return this;
  }

  #emit(status, order, from) {
    for (const listener of this.#listeners.get(status) ?? []) listener(order, from);
    (this.#listeners.get('*') ?? []).forEach((listener) => listener(order, from));
  }

  async place({ customer, lines, coupon }) {
    const order = { id: this.#orders.nextId(), customer, status: 'pending', lines: [], history: [] };
    if (coupon) {
      const c = COUPONS[coupon];
      if (!c || c.uses < 1) throw new DomainError(`coupon ${coupon} is not valid`, 400, 'BAD_COUPON');
      c.uses -= 1;
      order.coupon = { code: c.code, percent: c.percent };
    }
    const reserved = [];
    try {
      for (const { sku, qty } of lines) {
        const line = await this.#products.withProduct(sku, (product) => {
          if (product.stock < qty) throw new OutOfStockError(sku, qty, product.stock);
          product.stock -= qty;
          product.reserved = (product.reserved ?? 0) + qty;
          return { sku, qty, unitPrice: product.price };
        });
        if (!line) throw new NotFoundError(`product ${sku}`);
        reserved.push(line);
        order.lines.push(line);
      }
    } catch (err) {
      await this.#release(reserved);
      if (order.coupon) COUPONS[order.coupon.code].uses += 1;
      bump(this.counters, 'rejected');
      throw err;
    }
    recalculate(order);
    this.#orders.save(order);
    bump(this.counters, 'placed');
    this.#emit('pending', order, null);
    return order;
  }

  async #release(lines) {
    for (const { sku, qty } of lines) {
      await this.#products.withProduct(sku, (p) => {
        p.stock += qty;
        p.reserved -= qty;
      });
    }
  }

  async transition(id, status) {
    const order = this.get(id);
    const from = order.status;
    if (!TRANSITIONS[from].includes(status)) throw new InvalidTransitionError(from, status);
    if (status === 'cancelled') await this.#release(order.lines);
    if (status === 'shipped') {
      for (const line of order.lines) await this.#products.withProduct(line.sku, (p) => { p.reserved -= line.qty; });
    }
    order.status = status;
    order.history.push(`${from}->${status}`);
    bump(this.counters, status);
    this.#emit(status, order, from);
    return order;
  }

  get(id) {
    const order = this.#orders.byId(id);
    if (!order) throw new NotFoundError(`order ${id}`);
    return order;
  }

  list({ status, customer, minTotal }) {
    return this.#orders.query((o) => (!status || o.status === status) && (!customer || o.customer === customer) && (minTotal === undefined || o.total >= minTotal));
  }

  get couponsLeft() {
    return Object.fromEntries(Object.entries(COUPONS).map(([k, c]) => [k, c.uses]));
  }
}

module.exports = OrderService;
