// Functions kept in data and called from there: a Map of commands (`commands.get(name)(amount)`),
// hooks pushed into an array at load (`hooks[i]()`), reports a helper registers in an object
// (`reports[name]()`), and an arrow field taken off its instance (`const { tick } = meter`).
'use strict';
const express = require('express');
const { ledger, commands, hooks, reports } = require('./lib/commands');
const meter = require('./lib/meter');

const app = express();
app.use(express.json());

app.post('/commands/:name', (req, res) => {
  const command = commands.get(req.params.name);
  if (!command) return res.status(404).json({ error: `no command ${req.params.name}` });
  for (let i = 0; i < hooks.length; i++) hooks[i]();
  command(req.body.amount);
  res.json({ balance: ledger.balance });
});

app.get('/reports/:name', (req, res) => {
  if (!(req.params.name in reports)) return res.status(404).json({ error: 'no report' });
  res.json({ value: reports[req.params.name]() });
});

app.get('/tick', (req, res) => {
  const { tick } = meter;
  res.json({ reads: tick() });
});

app.get('/ledger', (req, res) => res.json({ ...ledger, reads: meter.reads }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
