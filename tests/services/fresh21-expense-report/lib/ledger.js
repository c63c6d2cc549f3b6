const { groupBy, withResolvers } = require('./compat');

const expenses = [];
const approvals = new Map(); // id -> { promise, resolve }
const totals = { submitted: 0, approved: 0, rejected: 0 };
let seq = 0;

function submit({ who, category, amount }) {
  const e = { id: ++seq, who, category, amount, status: 'pending' };
  expenses.push(e);
  totals.submitted += amount;
  const pending = withResolvers();
  approvals.set(e.id, pending);
  pending.promise.then((ok) => {
    e.status = ok ? 'approved' : 'rejected';
    totals[e.status] += e.amount;
  });
  return e;
}

function decide(id, ok) {
  const pending = approvals.get(id);
  if (!pending) return false;
  approvals.delete(id);
  pending.resolve(ok);
  return true;
}

function report() {
  const byCategory = groupBy(expenses, (e) => e.category);
  const summary = {};
  for (const [cat, list] of Object.entries(byCategory).toSorted(([a], [b]) => a.localeCompare(b))) {
    summary[cat] = { n: list.length, sum: list.reduce((s, e) => s + e.amount, 0), biggest: list.toSorted((a, b) => b.amount - a.amount).at(0).id };
  }
  return {
    summary,
    lastPending: expenses.findLast((e) => e.status === 'pending')?.id ?? null,
    lastIndexApproved: expenses.findLastIndex((e) => e.status === 'approved'),
    newestFirst: expenses.toReversed().map((e) => `${e.id}:${e.status}`),
    totals,
  };
}

function amend(id, amount) {
  const i = expenses.findIndex((e) => e.id === id);
  if (i < 0 || expenses[i].status !== 'pending') return null;
  const updated = { ...expenses[i], amount };
  totals.submitted += amount - expenses[i].amount;
  expenses.splice(0, expenses.length, ...expenses.with(i, updated));
  return updated;
}

module.exports = { submit, decide, report, amend };
