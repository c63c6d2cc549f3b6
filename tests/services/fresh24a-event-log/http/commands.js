const express = require('express');
const accounts = require('../domain/accounts');

const router = express.Router();

router.post('/accounts', async (req, res) => {
  const e = await accounts.open(req.body.id, req.body.owner);
  res.status(201).json(e);
});

router.post('/accounts/:id/:action', async (req, res) => {
  const fn = { deposit: accounts.deposit, withdraw: accounts.withdraw }[req.params.action];
  if (!fn) return res.status(404).json({ error: `no command ${req.params.action}` });
  const e = await fn(req.params.id, Number(req.body.amount));
  res.status(201).json(e);
});

module.exports = router;
