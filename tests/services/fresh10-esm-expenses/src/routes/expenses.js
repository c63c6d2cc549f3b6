import { Router } from 'express';
import ledger from '../services/ledger.js';
import Expense from '../models/Expense.js';
import { formatMoney, formatDate } from '../utils/format.js';

const router = Router();

router.post('/', (req, res) => {
  try {
    const expense = ledger.add(req.body);
    res.status(201).json(expense);
  } catch (err) {
    if (err instanceof RangeError) return res.status(400).json({ error: err.message });
    throw err;
  }
});

router.patch('/:id', (req, res) => {
  const expense = ledger.find(req.params.id);
  if (!expense) return res.sendStatus(404);
  const { amount, description } = req.body;
  if (amount !== undefined) expense.amount = amount;
  expense.description = description ?? expense.description;
  res.json(expense);
});

router.get('/summary', (req, res) => {
  const locale = req.query.locale ?? 'de-DE';
  const currency = req.query.currency ?? 'EUR';
  const rows = Object.entries(ledger.byCategory())
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cat, { count, total }]) => `${cat.padEnd(8)} ${String(count).padStart(2)} ${formatMoney(total, currency, locale)}`);
  rows.push(`total    ${formatMoney(ledger.total, currency, locale)}`, `left     ${formatMoney(ledger.remaining, currency, locale)}`);
  res.type('text/plain').send(rows.join('\n'));
});

router.get('/latest', (req, res) => {
  const last = ledger.entries.at(-1);
  const lastTravel = ledger.entries.findLast((e) => e.category === 'travel');
  res.json({
    last: last ? `${last.description} on ${formatDate(last.date)}` : null,
    lastTravel: lastTravel?.id ?? null,
    frenchDate: last ? formatDate(last.date, 'fr-FR') : null,
  });
});

router.post('/categories', (req, res) => {
  res.json({ categories: Expense.addCategory(String(req.body.name).toLowerCase()) });
});

router.get('/export', (req, res) => {
  const csv = ['id,description,amount,category', ...ledger.entries.map((e) => `${e.id},${e.description},${e.amount},${e.category}`)].join('\n');
  const encoded = Buffer.from(csv, 'utf8').toString('base64');
  res.json({ bytes: Buffer.byteLength(csv), base64: encoded, roundTrip: Buffer.from(encoded, 'base64').toString() === csv });
});

export default router;
