import { Router } from 'express';
import { getSettings } from '../config/settings.js';

const quotes = [
  'Make it work, make it right, make it fast.',
  'Simplicity is prerequisite for reliability.',
  'Premature optimization is the root of all evil.',
];
const views = new Map();

export const quotesRouter = Router();

quotesRouter.get('/', (req, res) => {
  const { pageSize, banner } = getSettings();
  const page = Math.max(1, Number(req.query.page ?? 1));
  const items = quotes.slice((page - 1) * pageSize, page * pageSize);
  res.json({ page, pageSize, items, banner });
});

quotesRouter.post('/', (req, res) => {
  quotes.push(String(req.body.text));
  res.status(201).json({ count: quotes.length });
});

quotesRouter.get('/:n', (req, res) => {
  const n = Number(req.params.n);
  if (!quotes[n]) return res.status(404).json({ error: 'no such quote' });
  views.set(n, (views.get(n) ?? 0) + 1);
  res.json({ quote: quotes[n], views: views.get(n) });
});
