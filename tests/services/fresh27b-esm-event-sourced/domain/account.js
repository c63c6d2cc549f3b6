import { createPrivates } from '../lib/privates.js';

const _ = createPrivates();

export class Aggregate {
  constructor(id) {
    this.id = id;
    _(this).pending = [];
    _(this).version = 0;
  }
  get version() { return _(this).version; }
  raise(type, data) {
    const event = { type, ...data };
    this.apply(event);
    _(this).pending.push(event);
  }
  apply(event) {
    const handler = this[`on${event.type}`];
    if (typeof handler !== 'function') throw new Error(`no handler for ${event.type}`);
    handler.call(this, event);
  }
  load(history) {
    for (const e of history) { this.apply(e); _(this).version++; }
    return this;
  }
  takePending() {
    const out = _(this).pending;
    _(this).pending = [];
    return out;
  }
}

export class Account extends Aggregate {
  balance = 0;
  frozen = false;
  onOpened(e) { this.owner = e.owner; }
  onDeposited(e) { this.balance += e.amount; }
  onWithdrawn(e) { this.balance -= e.amount; }
  onFrozen() { this.frozen = true; }

  deposit(amount) {
    if (this.frozen) throw Object.assign(new Error('account frozen'), { status: 423 });
    this.raise('Deposited', { amount });
  }
  withdraw(amount) {
    if (this.frozen) throw Object.assign(new Error('account frozen'), { status: 423 });
    if (amount > this.balance) throw Object.assign(new Error('insufficient funds'), { status: 422 });
    this.raise('Withdrawn', { amount });
    if (this.balance === 0) this.raise('Frozen', {});
  }
}
