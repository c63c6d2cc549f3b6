const { Router } = require('express');

const router = Router({ mergeParams: true });

router.get('/', (req, res) => {
  const { book } = res.locals;
  const avg = book.reviews.length ? book.reviews.reduce((s, r) => s + r.stars, 0) / book.reviews.length : null;
  res.json({ shelf: Number(req.params.shelfId), book: Number(req.params.bookId), average: avg, reviews: book.reviews });
});

router.post('/', (req, res) => {
  const stars = Number(req.body?.stars);
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) return res.status(400).json({ error: 'stars must be 1..5' });
  const by = res.locals.member ?? 'guest';
  res.locals.book.reviews.push({ by, stars });
  res.status(201).json({ book: res.locals.book.title, count: res.locals.book.reviews.length });
});

module.exports = router;
