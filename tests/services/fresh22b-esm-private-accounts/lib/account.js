// Accounts keep their balance in a private field behind a `total` accessor pair; every write goes
// through `#apply` -> `this.total += delta` -> the setter -> `#bump()` and the static `#log`.
export class Account {
  static #instances = new Map();
  static #nextId = 1;
  static #journal = [];

  #balance = 0;
  #ops = 0;

  constructor(owner, opening = 0) {
    this.id = Account.#nextId++;
    this.owner = owner;
    Account.#instances.set(this.id, this);
    if (opening) this.total = opening;
  }

  static open(owner, opening) {
    return new this(owner, opening);
  }

  static find(id) {
    return Account.#instances.get(Number(id));
  }

  static get count() {
    return Account.#instances.size;
  }

  static get journal() {
    return Account.#journal.slice(-6);
  }

  static #log(line) {
    Account.#journal.push(line);
  }

  static close(id) {
    const acct = Account.find(id);
    if (!acct) return false;
    Account.#log(`close ${acct.id} at ${acct.#balance}`);
    return Account.#instances.delete(acct.id);
  }

  get total() {
    return this.#balance;
  }

  set total(value) {
    if (!Number.isInteger(value)) throw new TypeError(`not an amount: ${value}`);
    if (value < 0) throw new RangeError(`insufficient funds in ${this.id}`);
    Account.#log(`${this.id}: ${this.#balance} -> ${value}`);
    this.#balance = value;
    this.#bump();
  }

  get ops() {
    return this.#ops;
  }

  #bump() {
    this.#ops++;
  }

  #apply(delta) {
    this.total += delta;
    return this;
  }

  deposit(amount) {
    return this.#apply(amount);
  }

  withdraw(amount) {
    return this.#apply(-amount);
  }

  transfer(to, amount) {
    this.withdraw(amount);
    try {
      to.deposit(amount);
    } catch (err) {
      this.deposit(amount); // put it back
      throw err;
    }
    return this;
  }

  static isAccount(x) {
    return #balance in x;
  }

  toJSON() {
    return { id: this.id, owner: this.owner, total: this.total, ops: this.#ops };
  }
}

export class Savings extends Account {
  #rate;
  #accrued = 0;

  constructor(owner, opening, rate) {
    super(owner, opening);
    this.#rate = rate;
  }

  static open(owner, opening, rate = 10) {
    return new Savings(owner, opening, rate);
  }

  accrue() {
    const interest = Math.floor((this.total * this.#rate) / 100);
    this.#accrued += interest;
    return this.deposit(interest);
  }

  toJSON() {
    return { ...super.toJSON(), kind: 'savings', accrued: this.#accrued };
  }
}
