class Money {
  static #currencies;
  static {
    Money.#currencies = new Set(['EUR', 'USD']);
  }

  #cents;
  currency;

  constructor(cents, currency = 'EUR') {
    if (!Money.#currencies.has(currency)) throw new RangeError(`unsupported currency ${currency}`);
    this.#cents = Math.round(cents);
    this.currency = currency;
  }

  static allow(code) {
    Money.#currencies.add(code);
    return [...Money.#currencies];
  }

  static isMoney(x) {
    return #cents in x;
  }

  get cents() { return this.#cents; }

  plus(other) {
    return new Money(this.#cents + other.#cents, this.currency);
  }

  toJSON() {
    return `${(this.#cents / 100).toFixed(2)} ${this.currency}`;
  }
}

module.exports = { Money };
