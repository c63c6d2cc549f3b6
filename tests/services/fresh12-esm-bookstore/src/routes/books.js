import { Router } from 'express';
import { catalog } from '../services/catalog.js';
import { Book } from '../models/Book.js';

const router = Router();

router.get('/', (req, res) => {
  res.json(catalog.list({ genre: req.query.genre }));
});

router.post('/', (req, res) => {
  try {
    const book = catalog.add(req.body);
    res.status(201).json(book);
  } catch (err) {
    res.status(err instanceof RangeError ? 422 : 400).json({ error: err.message });
  }
});

router.post('/genres', (req, res) => {
  Book.genres.add(req.body.name);
  res.json([...Book.genres]);
});

router.post('/:id/restock', (req, res) => {
  const book = catalog.get(req.params.id);
  if (!book) return res.sendStatus(404);
  res.json({ id: book.id, stock: book.restock(Number(req.body.qty ?? 1)) });
});

router.post('/:id/sell', (req, res) => {
  const { error, book, stock } = catalog.sell(req.params.id, Number(req.body.qty ?? 1));
  if (error) return res.status(error === 'not found' ? 404 : 409).json({ error, stock });
  res.json(book);
});

router.post('/:id/reviews', (req, res) => {
  const book = catalog.get(req.params.id);
  if (!book) return res.sendStatus(404);
  if (!Object.hasOwn(req.body, 'stars')) return res.status(400).json({ error: 'stars required' });
  book.review(req.body.stars, req.body.text);
  res.status(201).json({ rating: book.rating, last: book.lastReview });
});

export default router;
