'use strict';
const { Router } = require('express');
const { Entity } = require('../models/entity');
const { Account, SavingsAccount } = require('../models/account');
const { NotFound } = require('../models/errors');

const router = Router();
const kinds = { checking: Account, savings: SavingsAccount };

router.param('id', (req, res, next, id) => {
  const account = Entity.find(id);
  if (!account) return next(new NotFound(id));
  req.account = account;
  next();
});

router.post('/', (req, res) => {
  const Kind = kinds[req.body.kind] ?? Account;
  const account = new Kind(req.body.owner);
  if (req.body.opening) account.deposit(req.body.opening);
  res.status(201).json(account);
});

router.post('/:id/deposit', (req, res) => {
  res.json(req.account.deposit(Number(req.body.amount)));
});

router.post('/:id/withdraw', (req, res) => {
  res.json(req.account.withdraw(Number(req.body.amount)));
});

router.post('/transfer', (req, res, next) => {
  const from = Entity.find(req.body.from);
  const to = Entity.find(req.body.to);
  if (!from || !to) return next(new NotFound(from ? req.body.to : req.body.from));
  from.withdraw(req.body.amount);
  to.deposit(req.body.amount);
  res.json([from, to]);
});

router.get('/:id', (req, res) => {
  const { account } = req;
  res.json({
    account,
    version: account.version,
    history: account.history,
    entries: [...account],
    largest: Math.max(0, ...Array.from(account)),
  });
});

module.exports = router;
