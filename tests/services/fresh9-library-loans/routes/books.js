const express = require('express');
const catalog = require('../lib/catalog');
const { AppError } = require('../lib/errors');

const router = express.Router();

router.param('isbn', (req, res, next, isbn) => {
  try {
    if (!/^\d{3,13}$/.test(isbn)) throw new AppError(`bad isbn ${isbn}`, { status: 400, code: 'BAD_ISBN' });
    req.book = catalog.book(isbn);
    next();
  } catch (err) {
    next(err);
  }
});

router.post('/', (req, res) => {
  res.status(201).json(catalog.addBook(req.body));
});

router.get('/:isbn', (req, res) => res.json(req.book));

router.post('/:isbn/loans', (req, res, next) => {
  const member = req.get('x-member');
  if (!member) return next(new AppError('who are you?', { status: 401, code: 'NO_MEMBER' }));
  res.status(201).json(catalog.lend(req.book, member));
});

module.exports = router;
