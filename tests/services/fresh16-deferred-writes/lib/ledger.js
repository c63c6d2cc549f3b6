'use strict';

const ledger = {
  entries: [],
  balance: 0,
  record(kind, amount) {
    this.entries.push({ kind, amount, n: this.entries.length + 1 });
    this.balance += kind === 'credit' ? amount : -amount;
    return this.balance;
  },
};

function audit(prefix, ...parts) {
  this.lines.push([prefix, ...parts].join(':'));
}

module.exports = { ledger, audit };
