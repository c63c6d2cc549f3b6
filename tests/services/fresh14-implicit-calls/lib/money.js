'use strict';

const conversions = { string: 0, number: 0, default: 0 };

class Money {
  constructor(cents) {
    this.cents = Math.round(Number(cents));
  }

  [Symbol.toPrimitive](hint) {
    conversions[hint] += 1;
    if (hint === 'number') return this.cents;
    return `$${(this.cents / 100).toFixed(2)}`;
  }

  times(n) {
    return new Money(this.cents * n);
  }

  toJSON() {
    return this.cents;
  }
}

module.exports = { Money, conversions };
