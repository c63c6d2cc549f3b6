// Behaviours shared by copying methods onto prototypes.
const kHistory = Symbol('history');

const Auditable = {
  record(event, amount) {
    (this[kHistory] ??= []).push({ event, amount, balance: this.balance });
  },
  history() {
    return this[kHistory] ?? [];
  },
};

const Freezable = {
  freeze(reason) {
    Reflect.set(this, 'frozen', reason);
  },
  thaw() {
    Reflect.deleteProperty(this, 'frozen');
  },
  assertActive() {
    if (this.frozen) throw Object.assign(new Error(`account frozen: ${this.frozen}`), { status: 423 });
  },
};

module.exports = { Auditable, Freezable, kHistory };
