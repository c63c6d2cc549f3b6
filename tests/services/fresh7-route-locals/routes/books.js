const express = require('express');
const reviewsRouter = require('./reviews');

const router = express.Router({ mergeParams: true });

router.param('bookId', (req, res, next, id) => {
  const book = res.locals.shelf.books.find((b) => b.id === Number(id));
  if (!book) return res.status(404).json({ error: `book ${id} not on shelf ${req.params.shelfId}` });
  res.locals.book = book;
  next();
});

router.route('/')
  .get((req, res) => {
    const { shelf } = res.locals;
    const books = req.query.author ? shelf.books.filter((b) => b.author === req.query.author) : shelf.books;
    res.json({ shelf: req.params.shelfId, books: books.map(({ reviews, ...b }) => ({ ...b, reviews: reviews.length })) });
  })
  .post((req, res) => {
    const { title, author = 'unknown' } = req.body ?? {};
    if (!title) return res.status(400).json({ error: 'title required' });
    const { shelf } = res.locals;
    const book = { id: shelf.nextBookId++, title, author, addedBy: res.locals.member, reviews: [] };
    shelf.books.push(book);
    req.app.locals.stats.booksAdded += 1;
    res.status(201).json({ id: book.id, title, shelf: shelf.name, requestNo: res.locals.requestNo });
  });

router.route('/:bookId')
  .get((req, res) => res.json(res.locals.book))
  .delete((req, res) => {
    const { shelf, book } = res.locals;
    shelf.books.splice(shelf.books.indexOf(book), 1);
    res.json({ removed: book.title, left: shelf.books.length });
  });

router.use('/:bookId/reviews', reviewsRouter);

module.exports = router;
