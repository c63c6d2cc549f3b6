const store = require('./store');
const { splitEvenly, toCents, fmt } = require('./money');

class NotFoundError extends Error {
  status = 404;
}
class RuleError extends Error {
  status = 422;
}

function getGroup(id) {
  return store.groups[id] ?? (() => { throw new NotFoundError(`group ${id} not found`); })();
}

function createGroup(name, members) {
  const id = `g${++store.seq.group}`;
  store.groups[id] = { id, name, members: [...members], expenses: [], settlements: [] };
  return store.groups[id];
}

function addExpense(group, { paidBy, amount, description, splitAmong, shares }) {
  const among = splitAmong ?? group.members;
  const strangers = [paidBy, ...among, ...Object.keys(shares ?? {})].filter((m) => !group.members.includes(m));
  if (strangers.length) throw new RuleError(`not in group: ${[...new Set(strangers)].join(', ')}`);
  const cents = toCents(amount);
  let owed;
  if (shares) {
    const total = Object.values(shares).reduce((a, b) => a + b, 0);
    owed = {};
    let assigned = 0;
    const entries = Object.entries(shares);
    entries.forEach(([who, weight], i) => {
      owed[who] = i === entries.length - 1 ? cents - assigned : Math.round((cents * weight) / total);
      assigned += owed[who];
    });
  } else {
    owed = splitEvenly(cents, among);
  }
  const expense = { id: ++store.seq.expense, description, paidBy, cents, owed };
  group.expenses.push(expense);
  return expense;
}

function balances(group) {
  const net = Object.fromEntries(group.members.map((m) => [m, 0]));
  for (const { paidBy, cents, owed } of group.expenses) {
    net[paidBy] += cents;
    for (const [who, c] of Object.entries(owed)) net[who] -= c;
  }
  for (const { from, to, cents } of group.settlements) {
    net[from] += cents;
    net[to] -= cents;
  }
  return net;
}

// Greedy: the biggest debtor pays the biggest creditor, until everyone is square.
function suggestTransfers(group) {
  const net = balances(group);
  const debtors = Object.entries(net).filter(([, c]) => c < 0).map(([who, c]) => ({ who, c: -c }));
  const creditors = Object.entries(net).filter(([, c]) => c > 0).map(([who, c]) => ({ who, c }));
  const byAmount = (a, b) => b.c - a.c || a.who.localeCompare(b.who);
  const transfers = [];
  while (debtors.length && creditors.length) {
    debtors.sort(byAmount);
    creditors.sort(byAmount);
    const [d] = debtors;
    const [cr] = creditors;
    const pay = Math.min(d.c, cr.c);
    transfers.push({ from: d.who, to: cr.who, amount: fmt(pay) });
    d.c -= pay;
    cr.c -= pay;
    if (!d.c) debtors.shift();
    if (!cr.c) creditors.shift();
  }
  return transfers;
}

function settle(group, from, to, amount) {
  const cents = toCents(amount);
  const owes = -balances(group)[from];
  if (!(owes > 0)) throw new RuleError(`${from} owes nothing`);
  if (cents > owes) throw new RuleError(`${from} only owes ${fmt(owes)}`);
  group.settlements.push({ from, to, cents });
  return balances(group);
}

module.exports = { getGroup, createGroup, addExpense, balances, suggestTransfers, settle, NotFoundError, RuleError };
