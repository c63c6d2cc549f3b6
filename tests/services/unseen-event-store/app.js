const express = require('express');
const store = require('./src/event-store');
const { balances, activity } = require('./src/projections');

store.on('appended', balances.apply.bind(balances));
store.on('appended', (e) => activity.apply(e));

const app = express();
app.use(express.json());

function validAmount(req, res, next) {
  const amount = Number(req.body?.amount);
  if (!Number.isFinite(amount) || amount <= 0) return res.status(422).json({ error: 'amount must be positive' });
  req.amount = amount;
  next();
}

app.post('/accounts/:id/deposits', validAmount, (req, res) => {
  const e = store.append('deposited', { account: req.params.id, amount: req.amount });
  res.status(201).json(e);
});

app.post('/accounts/:id/withdrawals', validAmount, (req, res) => {
  const balance = balances.byAccount[req.params.id] ?? 0;
  if (balance < req.amount) return res.status(409).json({ error: 'insufficient', balance });
  res.status(201).json(store.append('withdrawn', { account: req.params.id, amount: req.amount }));
});

app.get('/accounts/:id', (req, res) => res.json({ id: req.params.id, balance: balances.byAccount[req.params.id] ?? 0 }));
app.get('/events', (req, res) => res.json(store.since(Number(req.query.after ?? 0))));
app.get('/activity', (req, res) => res.json(activity));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
