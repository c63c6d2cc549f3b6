// Bank accounts as a class hierarchy: Entity keeps a static private registry and a per-instance
// private history that subclasses write through super.touch(); Account's balance setter writes
// private entries and static totals; SavingsAccount overrides methods, calls super and writes its own
// private fields, with a static accessor for the rate. Objects answer through toJSON and are
// iterated with Symbol.iterator generators (for..of, spread, Array.from).
'use strict';
const express = require('express');
const accounts = require('./routes/accounts');
const { Entity } = require('./models/entity');
const { Account, SavingsAccount } = require('./models/account');

const app = express();
app.use(express.json());
app.use('/accounts', accounts);

app.post('/accrue', (req, res) => {
  const paid = {};
  for (const entity of Entity.all()) {
    if (entity instanceof SavingsAccount) paid[entity.owner] = entity.accrue();
  }
  res.json(paid);
});

app.put('/rate', (req, res) => {
  SavingsAccount.ratePct = Number(req.body.pct);
  res.json({ rate: SavingsAccount.ratePct, changes: SavingsAccount.rateChanges });
});

app.get('/totals', (req, res) => {
  res.json({ ...Account.totals, entities: Entity.count(), kinds: Entity.kinds() });
});

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message, kind: err.name });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
