class Line {
  static #kinds = new Map();

  static register(kind, cls) {
    Line.#kinds.set(kind, cls);
  }

  static fromJSON({ kind = 'item', ...data }) {
    const Kind = Line.#kinds.get(kind);
    if (!Kind) throw new TypeError(`unknown line kind ${kind}`);
    return new Kind(data);
  }

  constructor({ label, cents = 0, qty = 1 }) {
    this.label = label;
    this.cents = cents;
    this.qty = qty;
  }

  get total() {
    return this.cents * this.qty;
  }

  [Symbol.toPrimitive](hint) {
    return hint === 'number' ? this.total : `${this.label} x${this.qty}`;
  }

  toJSON() {
    return { kind: this.constructor.kind, label: this.label, total: this.total };
  }
}

class Item extends Line {
  static kind = 'item';
}

class Discount extends Line {
  static kind = 'discount';

  constructor({ percent, ...rest }) {
    super({ label: `${percent}% off`, ...rest });
    this.percent = percent;
  }

  applyTo(subtotal) {
    this.cents = -Math.round((subtotal * this.percent) / 100);
    return this;
  }
}

Line.register('item', Item);
Line.register('discount', Discount);

module.exports = { Line, Item, Discount };
