'use strict';
const { Money } = require('./money');

const serialized = { baskets: 0, lines: 0, iterations: 0 };

class Line {
  constructor(sku, price, qty) {
    Object.assign(this, { sku, price, qty });
  }

  toJSON() {
    serialized.lines += 1;
    return { sku: this.sku, each: this.price, qty: this.qty };
  }
}

class Basket {
  #lines = new Map();

  constructor(id) {
    this.id = id;
  }

  add(sku, price, qty = 1) {
    const line = this.#lines.get(sku);
    if (line) line.qty += qty;
    else this.#lines.set(sku, new Line(sku, price, qty));
  }

  *[Symbol.iterator]() {
    for (const line of this.#lines.values()) {
      serialized.iterations += 1;
      yield line;
    }
  }

  get total() {
    return new Money([...this].reduce((sum, l) => sum + +l.price * l.qty, 0));
  }

  sortedBy(key) {
    const compared = new Set();
    const lines = [...this].sort((a, b) => {
      compared.add(a.sku).add(b.sku);
      return key === 'price' ? a.price.cents - b.price.cents : a.sku.localeCompare(b.sku);
    });
    return { order: lines.map((l) => l.sku), compared: compared.size };
  }

  toJSON() {
    serialized.baskets += 1;
    return { id: this.id, lines: [...this.#lines.values()] };
  }
}

module.exports = { Basket, Line, serialized };
