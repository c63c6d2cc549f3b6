// Modules as people wire them: two that require each other (accounts <-> ledger),
// settings whose exports another module overwrites, module.exports.transfers
// bumped inside its own module, and a lazily built, cached rate table.
const express = require('express');
const accounts = require('./lib/accounts');
const ledger = require('./lib/ledger');
const settings = require('./lib/settings');
const configure = require('./lib/admin');
const getRates = require('./lib/rates');

const app = express();
app.use(express.json());

app.post('/accounts', (req, res) => {
  const acct = accounts.open(req.body.name, req.body.deposit);
  if (!acct) return res.status(409).json({ error: 'exists' });
  res.status(201).json(acct);
});

app.post('/transfers', (req, res) => {
  const { from, to, amount } = req.body;
  try {
    ledger.transfer(from, to, amount + settings.fee);
    res.json({ ok: true, transfers: ledger.transfers, from: accounts.byName[from].balance });
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

app.put('/settings', (req, res) => res.json(configure(req.body)));

app.get('/accounts/:name', (req, res) => {
  const acct = accounts.byName[req.params.name];
  if (!acct) return res.status(404).json({ error: 'unknown' });
  const rate = getRates()[settings.currency] ?? null;
  res.json({ ...acct, currency: settings.currency, converted: rate && Math.round(acct.balance * rate * 100) / 100 });
});

app.put('/rates/:code', (req, res) => {
  getRates.override(req.params.code, req.body.rate);
  res.json({ builds: getRates.builds(), rates: getRates() });
});

app.get('/ledger', (req, res) => {
  res.json({ entries: ledger.entries, total: accounts.total(), transfers: ledger.transfers, settings: settings.describe() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
