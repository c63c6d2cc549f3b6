'use strict';

// Change the account they are handed, keeping a short ledger on it.
function credit(account, amount, memo) {
  account.balance += amount;
  account.ledger.push({ amount, memo, balance: account.balance });
  if (account.ledger.length > 3) account.ledger.shift();
  return account;
}

function debit(account, amount, memo) {
  if (account.balance < amount) return null;
  return credit(account, -amount, memo);
}

module.exports = { credit, debit };
