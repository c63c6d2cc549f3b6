var express = require('express');
var createError = require('http-errors');
var router = express.Router();
var book = require('./book');

router.get('/', function(req, res) {
  res.json({ latest: book.latest(10), authors: book.authors() });
});

router.post('/', function(req, res, next) {
  var author = (req.body.author || '').trim();
  var text = (req.body.text || '').trim();
  if (!author || !text) return next(createError(422, 'author and text are required'));
  var entry = book.add(author, text);
  if (req.is('application/json')) return res.status(201).json(entry);
  res.redirect('/entries/' + entry.id);
});

router.get('/:id', function(req, res, next) {
  var entry = book.find(Number(req.params.id));
  if (!entry) return next(createError(404, 'No such entry'));
  res.render('entry', { title: 'Entry ' + entry.id, entry: entry });
});

router.delete('/:id', function(req, res, next) {
  if (!book.remove(Number(req.params.id))) return next(createError(404, 'No such entry'));
  res.sendStatus(204);
});

module.exports = router;
