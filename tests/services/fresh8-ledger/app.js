// A money ledger: balances kept as decimal.js Decimals in the service's state (configured in main
// with Decimal.set and a Decimal.clone for rates), currency conversion with bignumber.js (its
// own config, ROUND_HALF_EVEN), journal entries made canonical with fast-json-stable-stringify
// and chained by a checksum of those strings.
const express = require('express');
const Decimal = require('decimal.js');
const BigNumber = require('bignumber.js');
const stringify = require('fast-json-stable-stringify');

Decimal.set({ precision: 30, rounding: Decimal.ROUND_HALF_UP });
const Rate = Decimal.clone({ precision: 8, rounding: Decimal.ROUND_DOWN });
const FX = BigNumber.clone({ DECIMAL_PLACES: 4, ROUNDING_MODE: BigNumber.ROUND_HALF_EVEN });

const rates = { EUR: new FX('1'), USD: new FX('1.0825'), GBP: new FX('0.8431'), JPY: new FX('161.37') };
const accounts = new Map();
const journal = [];
let chain = 0;

function checksum(text) {
  let h = chain;
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) % 1000000007;
  return h;
}

function record(entry) {
  const line = stringify(entry);
  chain = checksum(line);
  journal.push({ line, chain });
}

function account(id) {
  if (!accounts.has(id)) accounts.set(id, { id, balance: new Decimal(0), history: [] });
  return accounts.get(id);
}

const app = express();
app.use(express.json());

app.post('/accounts/:id/deposit', (req, res) => {
  const acc = account(req.params.id);
  let amount;
  try {
    amount = new Decimal(req.body.amount);
  } catch (e) {
    return res.status(400).json({ error: e.message });
  }
  if (amount.lte(0)) return res.status(400).json({ error: 'amount must be positive' });
  acc.balance = acc.balance.plus(amount);
  acc.history.push(amount);
  record({ type: 'deposit', to: acc.id, amount: amount.toFixed(2), meta: req.body.meta || {} });
  res.json({ id: acc.id, balance: acc.balance.toFixed(2), deposits: acc.history.length });
});

app.post('/transfers', (req, res) => {
  const from = account(req.body.from);
  const to = account(req.body.to);
  const amount = new Decimal(req.body.amount);
  if (from.balance.lt(amount)) {
    return res.status(409).json({ error: 'insufficient funds', short: amount.minus(from.balance).toFixed(2) });
  }
  from.balance = from.balance.minus(amount);
  to.balance = to.balance.plus(amount);
  record({ amount: amount.toFixed(2), to: to.id, from: from.id, type: 'transfer' });
  res.json({ from: from.balance.toFixed(2), to: to.balance.toFixed(2) });
});

app.post('/accounts/:id/interest', (req, res) => {
  const acc = account(req.params.id);
  const yearly = new Rate(req.body.yearly);
  const daily = yearly.dividedBy(365);
  const factor = daily.plus(1).toPower(req.body.days);
  const interest = acc.balance.times(factor).minus(acc.balance).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
  acc.balance = acc.balance.plus(interest);
  record({ type: 'interest', to: acc.id, amount: interest.toFixed(2), rate: yearly.toString() });
  res.json({ daily: daily.toString(), factor: factor.toSignificantDigits(12).toString(), interest: interest.toFixed(2), balance: acc.balance.toFixed(2) });
});

app.get('/accounts/:id', (req, res) => {
  const acc = accounts.get(req.params.id);
  if (!acc) return res.status(404).json({ error: 'no account' });
  const currency = req.query.in || 'EUR';
  if (!rates[currency]) return res.status(400).json({ error: `no rate for ${currency}` });
  const converted = new FX(acc.balance.toString()).times(rates[currency]);
  res.json({
    id: acc.id,
    balance: acc.balance.toFixed(2),
    [currency]: converted.toFormat(2),
    exact: converted.toString(),
    isDecimal: Decimal.isDecimal(acc.balance),
    biggest: Decimal.max(...acc.history.concat(new Decimal(0))).toString(),
  });
});

app.put('/rates/:currency', (req, res) => {
  rates[req.params.currency] = new FX(req.body.rate).decimalPlaces(4);
  res.json(Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, v.toFixed(4)])));
});

app.get('/journal', (req, res) => {
  const total = accounts.size ? Decimal.sum(...[...accounts.values()].map((a) => a.balance)) : new Decimal(0);
  res.json({ entries: journal.map((j) => j.line), chain, total: total.toFixed(2), split: new Decimal(100).dividedBy(3).toString() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
