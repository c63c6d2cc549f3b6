import Expense from '../models/Expense.js';

class Ledger {
  entries = [];
  budget = { monthly: 50000 };

  add({ description, amount, category, date = '2026-01-15' }) {
    const expense = new Expense(description, amount, category, date);
    this.entries.push(expense);
    return expense;
  }

  find(id) {
    return this.entries.find((e) => e.id === id);
  }

  byCategory() {
    const out = {};
    for (const e of this.entries) {
      out[e.category] ??= { count: 0, total: 0 };
      out[e.category].count++;
      out[e.category].total += e.amount;
    }
    return out;
  }

  get total() {
    return this.entries.reduce((sum, e) => sum + e.amount, 0);
  }

  get remaining() {
    return this.budget.monthly - this.total;
  }
}

const ledger = new Ledger();
export default ledger;
