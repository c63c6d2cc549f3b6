const express = require('express');
const { NotFoundError, ValidationError, InsufficientFundsError } = require('../errors');

const router = express.Router();
const accounts = new Map([['acc-1', { id: 'acc-1', owner: 'ada', balance: 100 }]]);
let seq = 1;

const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);
const pause = () => new Promise((resolve) => setImmediate(resolve));

function load(id) {
  const account = accounts.get(id);
  if (!account) throw new NotFoundError(`account ${id}`);
  return account;
}

router.get('/', (req, res) => res.json([...accounts.values()]));

router.post('/', (req, res) => {
  const { owner, balance = 0 } = req.body ?? {};
  const problems = [];
  if (typeof owner !== 'string' || !owner) problems.push('owner');
  if (!Number.isInteger(balance) || balance < 0) problems.push('balance');
  if (problems.length) throw new ValidationError(problems);
  const account = { id: `acc-${++seq}`, owner, balance };
  accounts.set(account.id, account);
  res.status(201).location(`/accounts/${account.id}`).json(account);
});

router.get('/:id', (req, res) => res.json(load(req.params.id)));

router.post('/:id/withdraw', asyncHandler(async (req, res) => {
  const account = load(req.params.id);
  const amount = Number(req.body?.amount);
  await pause();
  if (!(amount > 0)) throw new ValidationError(['amount']);
  if (account.balance < amount) throw new InsufficientFundsError(account.balance, amount);
  account.balance -= amount;
  res.json(account);
}));

router.get('/:id/statement.txt', (req, res) => {
  const account = load(req.params.id);
  res.type('text');
  res.write(`statement for ${account.owner}\n`);
  res.write(`balance: ${account.balance}\n`);
  res.end('-- end --\n');
});

router.get('/:id/legacy', (req, res) => {
  const account = accounts.get(req.params.id);
  res.json({ owner: account.profile.name }); // a bug: accounts have no profile
});

module.exports = router;
