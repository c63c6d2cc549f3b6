import { Router } from 'express';
import { catalog } from '../lib/store.js';

export const books = Router();

books.get('/', (req, res) => {
  res.json({ count: catalog.size, books: catalog.list() });
});

books.get('/:id', (req, res) => {
  const book = catalog.get(Number(req.params.id));
  if (!book) return res.status(404).json({ error: 'not found' });
  res.json(book);
});

books.post('/', (req, res) => {
  const { title, author = 'unknown' } = req.body ?? {};
  if (!title) return res.status(400).json({ error: 'title required' });
  res.status(201).json(catalog.add({ title, author }));
});
