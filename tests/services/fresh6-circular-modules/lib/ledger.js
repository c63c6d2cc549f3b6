const accounts = require('./accounts');

const entries = [];

function record(name, amount, memo) {
  if (!accounts.byName[name]) throw new Error(`no account ${name}`);
  entries.push({ n: entries.length + 1, name, amount, memo });
  return accounts.apply(name, amount);
}

function transfer(from, to, amount) {
  if ((accounts.byName[from]?.balance ?? 0) < amount) throw new Error(`insufficient funds in ${from}`);
  record(from, -amount, `to ${to}`);
  record(to, amount, `from ${from}`);
  module.exports.transfers += 1;
}

module.exports = { record, transfer, entries, transfers: 0 };
