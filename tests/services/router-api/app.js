// express.Router mounted with app.use('/api', router), and the same router
// mounted a second time; router-level middleware; unmatched paths under the
// mount fall through to Express's own 404.
var express = require('express');
var app = express();
var api = express.Router();

var books = [
  { id: 1, title: 'Dune', author: 'Herbert' },
  { id: 2, title: 'Emma', author: 'Austen' },
  { id: 3, title: 'Persuasion', author: 'Austen' }
];

api.use(function version(req, res, next) {
  res.set('X-Api-Version', req.baseUrl === '/v2' ? '2' : '1');
  next();
});

api.get('/', function index(req, res) {
  res.json({ endpoints: ['books', 'books/:id', 'authors/:name', 'where'] });
});

api.get('/books', function list(req, res) {
  res.json(books.map(function title(b) { return b.title; }));
});

api.get('/books/:id', function show(req, res) {
  var id = Number(req.params.id);
  var book = books.filter(function byId(b) { return b.id === id; })[0];
  if (!book) return res.status(404).json({ error: 'no book ' + req.params.id });
  res.json(book);
});

api.get('/authors/:name', function byAuthor(req, res) {
  var name = req.params.name.toLowerCase();
  res.json(books.filter(function wrote(b) { return b.author.toLowerCase() === name; }));
});

api.get('/where', function where(req, res) {
  res.json({ baseUrl: req.baseUrl, path: req.path, url: req.url, originalUrl: req.originalUrl });
});

app.use('/api', api);
app.use('/v2', api);

app.get('/', function home(req, res) {
  res.send('see /api');
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
