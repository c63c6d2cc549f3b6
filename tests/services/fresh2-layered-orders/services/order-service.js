const HttpError = require('../lib/http-error');
const { orderRepository } = require('../repositories/order-repository');
const productRepository = require('../repositories/product-repository');

const TRANSITIONS = Object.freeze({
  pending: ['paid', 'cancelled'],
  paid: ['shipped', 'cancelled'],
  shipped: [],
  cancelled: [],
});

class OrderService {
  constructor(orders, products) {
    this.orders = orders;
    this.products = products;
  }

  static create() {
    return new OrderService(orderRepository, productRepository);
  }

  async #priceLines(lines) {
    const priced = [];
    for (const { sku, qty } of lines) {
      const product = await this.products.findBySku(sku);
      if (!product) throw HttpError.badRequest(`unknown sku ${sku}`);
      if (!Number.isInteger(qty) || qty < 1) throw HttpError.badRequest('qty must be a positive integer', { sku });
      if (product.stock < qty) throw HttpError.conflict(`only ${product.stock} left of ${sku}`);
      priced.push({ sku, qty, unitPrice: product.price, lineTotal: product.price * qty });
    }
    return priced;
  }

  async placeOrder({ customer, lines } = {}) {
    if (!customer?.trim()) throw HttpError.badRequest('customer is required');
    if (!Array.isArray(lines) || lines.length === 0) throw HttpError.badRequest('at least one line is required');
    const priced = await this.#priceLines(lines);
    for (const line of priced) await this.products.adjustStock(line.sku, -line.qty);
    const total = priced.reduce((sum, l) => sum + l.lineTotal, 0);
    return this.orders.create({ customer: customer.trim(), lines: priced, total });
  }

  async transition(order, status) {
    const allowed = TRANSITIONS[order.status] ?? [];
    if (!allowed.includes(status)) {
      throw HttpError.conflict(`cannot go from ${order.status} to ${status}`);
    }
    if (status === 'cancelled') {
      await Promise.all(order.lines.map((l) => this.products.adjustStock(l.sku, l.qty)));
    }
    return this.orders.update(order.id, { status, history: [...order.history, status] });
  }

  async summary() {
    const all = await this.orders.findAll();
    const byStatus = all.reduce((acc, o) => ({ ...acc, [o.status]: (acc[o.status] ?? 0) + 1 }), {});
    const revenue = all.filter((o) => ['paid', 'shipped'].includes(o.status)).reduce((s, o) => s + o.total, 0);
    return { count: all.length, byStatus, revenue };
  }
}

module.exports = OrderService.create();
