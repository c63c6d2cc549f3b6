// Gift cards: a private balance behind an accessor pair, a static registry and code sequence set up
// in a static block, and a brand check with `#balance in x`.
export class GiftCard {
  static #registry = new Map();
  static issued = 0;
  static prefix;
  static {
    GiftCard.prefix = 'GC';
    GiftCard.issued = 0;
  }

  #balance = 0;
  #history = [];
  code;

  constructor(amount) {
    GiftCard.issued += 1;
    this.code = `${GiftCard.prefix}-${String(GiftCard.issued).padStart(3, '0')}`;
    this.balance = amount;
    GiftCard.#registry.set(this.code, this);
  }

  get balance() {
    return this.#balance;
  }

  set balance(value) {
    if (value < 0) throw new RangeError('balance cannot go negative');
    this.#history.push(value - this.#balance);
    this.#balance = value;
  }

  get history() {
    return [...this.#history];
  }

  static find(code) {
    return GiftCard.#registry.get(code);
  }

  static isCard(x) {
    return x !== null && typeof x === 'object' && #balance in x;
  }

  static total() {
    let sum = 0;
    for (const card of GiftCard.#registry.values()) sum += card.#balance;
    return sum;
  }

  static void(code) {
    const card = GiftCard.#registry.get(code);
    if (!card) return false;
    card.balance = 0;
    return GiftCard.#registry.delete(code);
  }

  toJSON() {
    return { code: this.code, balance: this.#balance };
  }
}
