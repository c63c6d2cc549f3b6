// Library loans: a router with router.param loading a book (errors passed to next), a
// singleton catalog with private fields throwing error classes with `cause`, errors thrown
// in handlers, an error logger then an error handler with toJSON, a 404 fallthrough.
const express = require('express');
const books = require('./routes/books');
const catalog = require('./lib/catalog');
const { AppError, NotFoundError } = require('./lib/errors');

const app = express();
app.use(express.json());

const errorLog = [];

app.use('/books', books);

app.post('/loans/:id/return', (req, res) => {
  res.json(catalog.giveBack(Number(req.params.id)));
});

app.get('/members/:member/loans', (req, res) => {
  res.json(catalog.loansOf(req.params.member));
});

app.get('/summary', (req, res) => res.json({ ...catalog.summary(), errors: errorLog.length }));

app.get('/errors', (req, res) => res.json(errorLog));

app.use((req, res, next) => next(new NotFoundError('route', `${req.method} ${req.path}`)));

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  errorLog.push(`${err.name}:${err.status ?? 500}`);
  next(err);
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  if (err instanceof AppError) return res.status(err.status).json(err);
  if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'BAD_JSON' });
  res.status(500).json({ error: 'INTERNAL', message: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
