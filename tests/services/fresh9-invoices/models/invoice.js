const { Line, Discount } = require('./lines');

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });

class Invoice {
  static #next = 1;
  lines = [];
  status = 'draft';

  constructor(customer) {
    this.number = `INV-${String(Invoice.#next++).padStart(4, '0')}`;
    this.customer = customer;
  }

  add(json) {
    if (this.status !== 'draft') throw Object.assign(new Error(`${this.number} is ${this.status}`), { status: 409 });
    this.lines.push(Line.fromJSON(json));
    this.#reprice();
    return this;
  }

  #reprice() {
    const subtotal = this.lines.filter((l) => !(l instanceof Discount)).reduce((sum, l) => sum + +l, 0);
    for (const line of this.lines) if (line instanceof Discount) line.applyTo(subtotal);
  }

  get total() {
    return this.lines.reduce((sum, l) => sum + +l, 0);
  }

  issue() {
    this.status = 'issued';
    return this;
  }

  toJSON() {
    return { number: this.number, customer: this.customer, status: this.status, lines: this.lines,
             summary: this.lines.map(String), total: money.format(this.total / 100) };
  }
}

module.exports = { Invoice };
