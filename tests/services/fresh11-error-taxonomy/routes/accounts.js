'use strict';
const { Router } = require('express');
const { ValidationError, NotFoundError, UpstreamError, InsufficientFunds } = require('../errors');

const router = Router();
const accounts = new Map([['acc_1', { id: 'acc_1', balance: 100 }]]);
const ledger = [];
let fraudChecks = 0;

function fraudCheck(amount) {
  fraudChecks++;
  if (amount > 500) throw new RangeError(`amount ${amount} over limit`);
  return true;
}

router.param('id', (req, res, next, id) => {
  const account = accounts.get(id);
  if (!account) return next(new NotFoundError(`account ${id}`));
  req.account = account;
  next();
});

router.post('/', (req, res) => {
  const { id, balance = 0 } = req.body;
  if (typeof id !== 'string' || !id.startsWith('acc_')) throw new ValidationError('id', 'must start with acc_');
  accounts.set(id, { id, balance });
  res.status(201).json(accounts.get(id));
});

router.post('/:id/charge', (req, res) => {
  const amount = Number(req.body.amount);
  if (!Number.isFinite(amount) || amount <= 0) throw new ValidationError('amount', 'must be positive');
  try {
    fraudCheck(amount);
  } catch (cause) {
    throw new UpstreamError('fraud-service', cause);
  }
  if (amount > req.account.balance) throw new InsufficientFunds('balance', `is ${req.account.balance}`);
  req.account.balance -= amount;
  ledger.push({ id: req.account.id, amount });
  res.json(req.account);
});

router.get('/:id', (req, res) => res.json({ ...req.account, charges: ledger.filter((l) => l.id === req.account.id).length }));

router.get('/_debug/checks', (req, res) => res.json({ fraudChecks, ledger: ledger.length }));

router.post('/:id/crash', () => {
  null.boom; // a programming error: a TypeError, not an AppError
});

module.exports = router;
