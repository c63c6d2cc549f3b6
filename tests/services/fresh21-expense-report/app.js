const express = require('express');
const ledger = require('./lib/ledger');
const { features } = require('./lib/compat');

const app = express();
app.use(express.json());

app.post('/expenses', (req, res) => res.status(201).json(ledger.submit(req.body)));
app.post('/expenses/:id/:decision(approve|reject)', async (req, res) => {
  const ok = ledger.decide(Number(req.params.id), req.params.decision === 'approve');
  await null;
  res.status(ok ? 200 : 404).json({ ok });
});
app.patch('/expenses/:id', (req, res) => {
  const e = ledger.amend(Number(req.params.id), req.body.amount);
  res.status(e ? 200 : 409).json(e ?? { error: 'not pending' });
});
app.get('/report', (req, res) => res.json(ledger.report()));
app.get('/healthz', (req, res) => res.json({ ok: true, features }));

app.listen(process.env.PORT || 3000);
