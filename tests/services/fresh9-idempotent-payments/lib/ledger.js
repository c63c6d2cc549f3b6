// Accounts with balances kept in a WeakMap (private to this module) and a Symbol-keyed audit.
const balances = new WeakMap();
const AUDIT = Symbol('audit');

class Account {
  constructor(id, opening = 0) {
    this.id = id;
    balances.set(this, opening);
    this[AUDIT] = [`open:${opening}`];
  }

  get balance() {
    return balances.get(this);
  }

  move(amount, note) {
    const next = balances.get(this) + amount;
    if (next < 0) {
      const err = new Error(`insufficient funds in ${this.id}`);
      err.status = 402;
      throw err;
    }
    balances.set(this, next);
    this[AUDIT].push(`${note}:${amount}`);
    return next;
  }

  audit() {
    return [...this[AUDIT]];
  }
}

const accounts = new Map([
  ['acc_1', new Account('acc_1', 100)],
  ['acc_2', new Account('acc_2', 20)],
]);

let paymentSeq = 0;

function pay(from, to, amount) {
  const a = accounts.get(from);
  const b = accounts.get(to);
  if (!a || !b) {
    const err = new Error('unknown account');
    err.status = 404;
    throw err;
  }
  a.move(-amount, `to ${to}`);
  b.move(amount, `from ${from}`);
  return { id: `pay_${++paymentSeq}`, from, to, amount };
}

module.exports = { pay, accounts, AUDIT };
