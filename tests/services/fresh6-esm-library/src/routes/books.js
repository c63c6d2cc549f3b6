import { Router } from 'express';
import * as books from '../repo/books.js';
import { lend, giveBack } from '../services/loans.js';

const router = Router();

router.get('/', (req, res) => {
  const list = books.all();
  res.json(req.query.available ? list.filter((b) => !b.loanedTo) : list);
});

router.post('/', (req, res) => {
  const { isbn, title } = req.body;
  if (books.find(isbn)) return res.status(409).json({ error: 'duplicate isbn' });
  res.status(201).json(books.add({ isbn, title }));
});

router.post('/:isbn/loan', (req, res) => res.json(lend(req.params.isbn, req.body.member)));
router.post('/:isbn/return', (req, res) => res.json(giveBack(req.params.isbn)));

export default router;
