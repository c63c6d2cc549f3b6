var express = require('express');
var repo = require('./lib/repo');
var books = repo.books;

var app = express();
app.use(express.json());

function parseId(req, res, next) {
  var id = parseInt(req.params.id, 10);
  if (isNaN(id)) return res.status(400).send('bad id');
  req.bookId = id;
  next();
}

app.get('/books', function (req, res) {
  var list = books.rows.slice();
  if (req.query.sort === 'title') list.sort(function (a, b) { return a.title.localeCompare(b.title); });
  res.json({ count: list.length, books: list, writes: repo.Repository.writes });
});

app.post('/books', function (req, res) {
  if (!req.body || !req.body.title) return res.status(422).json({ error: 'title is required' });
  res.status(201).json(books.insert({ title: req.body.title, author: req.body.author || 'unknown' }));
});

app.get('/books/:id', parseId, function (req, res) {
  var book = books.find(req.bookId);
  book ? res.json(book) : res.status(404).json({ error: 'not found' });
});

app.patch('/books/:id', parseId, function (req, res) {
  var book = books.update(req.bookId, req.body || {});
  book ? res.json(book) : res.status(404).json({ error: 'not found' });
});

app.delete('/books/:id', parseId, function (req, res) {
  res.status(books.remove(req.bookId) ? 204 : 404).end();
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
