'use strict';

const balances = Object.create(null);
const entries = [];

module.exports = {
  balances,
  entries,
  post(account, amount, memo) {
    balances[account] = (balances[account] ?? 0) + amount;
    entries.push({ n: entries.length + 1, account, amount, memo });
    return balances[account];
  },
};
