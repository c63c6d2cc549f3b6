// An expense ledger reported with Intl: currency in two locales, UTC dates
// and month names from fixed ISO inputs, plural rules and list formatting,
// percentages via toLocaleString; reports built with reduce, flatMap,
// toSorted, Object.entries/fromEntries and Math.max over spreads.
const express = require('express');
const ledger = require('./lib/ledger');
const fmt = require('./lib/format');

const app = express();
app.use(express.json());

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

app.post('/entries', (req, res) => {
  const { date, amount, category, tags } = req.body ?? {};
  const problems = [
    !ISO_DATE.test(date ?? '') && 'date must be YYYY-MM-DD',
    !Number.isInteger(amount) && 'amount must be integer cents',
    !category && 'category is required',
  ].filter(Boolean);
  if (problems.length) return res.status(400).json({ problems, summary: fmt.list(problems) });
  const entry = ledger.add({ date, amount, category, tags });
  res.status(201).json({ ...entry, display: `${fmt.day.format(new Date(`${date}T00:00:00Z`))}: ${fmt.money.format(amount / 100)}` });
});

app.delete('/entries/:id', (req, res) => {
  const removed = ledger.remove(Number(req.params.id));
  return removed ? res.json({ removed: removed.id }) : res.sendStatus(404);
});

app.get('/report/monthly', (req, res) => {
  const months = Object.entries(ledger.byMonth())
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(([key, items]) => {
      const total = items.reduce((s, e) => s + e.amount, 0);
      return {
        month: fmt.month.format(new Date(`${key}-01T00:00:00Z`)),
        entries: fmt.count(items.length, 'entry'.replace(/y$/, 'ie').replace(/ie$/, 'y')),
        total: fmt.money.format(total / 100),
        totalDe: fmt.moneyDe.format(total / 100),
      };
    });
  res.json(months);
});

app.get('/report/categories', (req, res) => {
  const all = ledger.all();
  const grand = all.reduce((s, e) => s + e.amount, 0) || 1;
  const totals = all.reduce((acc, { category, amount }) => ({ ...acc, [category]: (acc[category] ?? 0) + amount }), {});
  const rows = Object.entries(totals)
    .toSorted(([, a], [, b]) => b - a)
    .map(([category, cents]) => ({ category, share: fmt.percent(cents / grand), amount: fmt.money.format(cents / 100) }));
  const largest = Math.max(0, ...all.map((e) => e.amount));
  res.json({ rows, largest: fmt.money.format(largest / 100), tags: fmt.list(ledger.tags()) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
