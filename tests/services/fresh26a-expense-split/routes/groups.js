const { Router } = require('express');
const validate = require('../lib/validate');
const ledger = require('../lib/ledger');
const { fmt } = require('../lib/money');

const router = Router();

router.post('/', validate('group'), (req, res) => {
  const group = ledger.createGroup(req.body.name, req.body.members);
  res.status(201).json(group);
});

router.post('/:id/expenses', validate('expense'), async (req, res) => {
  const group = ledger.getGroup(req.params.id);
  const expense = ledger.addExpense(group, req.body);
  res.status(201).json({ ...expense, amount: fmt(expense.cents) });
});

router.get('/:id/balances', (req, res) => {
  const net = ledger.balances(ledger.getGroup(req.params.id));
  res.json(Object.fromEntries(Object.entries(net).map(([who, c]) => [who, fmt(c)])));
});

router.get('/:id/transfers', (req, res) => {
  res.json(ledger.suggestTransfers(ledger.getGroup(req.params.id)));
});

router.post('/:id/settlements', validate('settlement'), (req, res) => {
  const { from, to, amount } = req.body;
  const net = ledger.settle(ledger.getGroup(req.params.id), from, to, amount);
  res.json({ settled: fmt(Math.round(amount * 100)), balances: Object.fromEntries(Object.entries(net).map(([k, v]) => [k, fmt(v)])) });
});

router.get('/:id', (req, res) => {
  const group = ledger.getGroup(req.params.id);
  const spent = group.expenses.reduce((sum, e) => sum + e.cents, 0);
  res.json({ name: group.name, members: group.members, expenses: group.expenses.length, spent: fmt(spent) });
});

module.exports = router;
