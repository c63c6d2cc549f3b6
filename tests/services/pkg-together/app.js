// Several packages together, in the style of the real-world Express services:
// a notes API with lodash, uuid (name-based ids), validator, escape-html and
// http-errors; notes in module-level state, errors through an error handler.
var express = require('express');
var _ = require('lodash');
var uuidv5 = require('uuid').v5;
var validator = require('validator');
var escapeHtml = require('escape-html');
var createError = require('http-errors');
var app = express();
app.use(express.json());

var NS = '1b671a64-40d5-491e-99b0-da01ff1f3341';
var notes = [];

app.post('/notes', function add(req, res, next) {
  var b = req.body || {};
  if (!validator.isEmail(String(b.author || ''))) return next(createError(422, 'author must be an email'));
  if (validator.isEmpty(String(b.text || ''), { ignore_whitespace: true })) return next(createError(422, 'empty note'));
  var note = { id: uuidv5(b.author + '|' + b.text, NS), author: validator.normalizeEmail(b.author),
               text: _.trim(b.text), tags: _.uniq(_.map(b.tags, _.kebabCase)) };
  if (_.some(notes, { id: note.id })) return next(createError.Conflict('duplicate note ' + note.id));
  notes.push(note);
  res.status(201).json(note);
});

app.get('/notes', function list(req, res) {
  var found = req.query.tag ? _.filter(notes, function (n) { return _.includes(n.tags, req.query.tag); }) : notes;
  res.json(_.map(_.sortBy(found, ['author', 'text']), _.partialRight(_.pick, ['id', 'author', 'tags'])));
});

app.get('/notes/:id', function show(req, res, next) {
  if (!validator.isUUID(req.params.id, 5)) return next(createError(400, 'not a v5 id'));
  var note = _.find(notes, { id: req.params.id });
  if (!note) return next(createError(404, 'no note ' + req.params.id));
  res.json(note);
});

app.get('/page', function page(req, res) {
  var byAuthor = _.groupBy(notes, 'author');
  res.type('html').send(_.map(_.keys(byAuthor).sort(), function (a) {
    return '<h2>' + escapeHtml(a) + '</h2>' + _.map(byAuthor[a], function (n) { return '<p>' + escapeHtml(n.text) + '</p>'; }).join('');
  }).join('\n'));
});

app.use(function errors(err, req, res, next) {
  res.status(err.status || 500).json({ error: err.message, type: err.name });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
