// accounts.js and ledger.js require each other: each only touches the other's
// exports inside functions, after both files have finished loading.
exports.byName = {};
const ledger = require('./ledger');

exports.open = function open(name, deposit) {
  if (exports.byName[name]) return null;
  exports.byName[name] = { name, balance: 0 };
  if (deposit) ledger.record(name, deposit, 'opening');
  return exports.byName[name];
};

exports.apply = function apply(name, amount) {
  const acct = exports.byName[name];
  acct.balance += amount;
  return acct.balance;
};

exports.total = () => Object.values(exports.byName).reduce((s, a) => s + a.balance, 0);
