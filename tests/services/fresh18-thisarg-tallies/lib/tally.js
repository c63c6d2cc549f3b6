'use strict';
// Tallies filled by array callbacks that receive their target as `thisArg`.
const totals = { count: 0, amount: 0, byCategory: {} };
const history = [];

function addTo(expense) {
  this.count++;
  this.amount += expense.amount;
  this.byCategory[expense.category] = (this.byCategory[expense.category] ?? 0) + expense.amount;
}

function record(expenses) {
  expenses.forEach(addTo, totals);
  history.push(...expenses.map(function tag(e) {
    return { ...e, seq: this.seq++ };
  }, record));
  return totals;
}
record.seq = 1;

module.exports = { totals, history, record };
