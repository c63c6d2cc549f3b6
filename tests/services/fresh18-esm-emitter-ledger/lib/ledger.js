import { EventEmitter } from 'node:events';

export class Ledger extends EventEmitter {
  #entries = [];
  #balance = 0;
  static instances = 0;

  constructor(name) {
    super();
    this.name = name;
    Ledger.instances++;
  }

  get balance() {
    return this.#balance;
  }

  get size() {
    return this.#entries.length;
  }

  post(kind, amount) {
    const entry = { seq: this.#entries.length + 1, kind, amount };
    this.emit('before', entry);
    if (entry.rejected) return entry;
    this.#entries.push(entry);
    this.#balance += kind === 'credit' ? amount : -amount;
    this.emit('posted', entry, this.#balance);
    return entry;
  }
}

export const ledger = new Ledger('main');
