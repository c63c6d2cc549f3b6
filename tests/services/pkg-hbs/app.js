// hbs 4 (Handlebars) views: a layout, partials registered from a folder,
// helpers, each/if blocks, HTML escaping, app.locals, res.locals.
var express = require('express');
var path = require('path');
var hbs = require('hbs');
var app = express();

app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'hbs');
hbs.registerPartials(path.join(__dirname, 'views', 'partials'));
hbs.registerHelper('shout', function (text) { return String(text).toUpperCase() + '!'; });
hbs.registerHelper('plural', function (n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); });
app.locals.shop = 'Book Nook';

var books = [{ title: 'Dune', price: 9 }];

app.get('/', function home(req, res) {
  res.locals.visitor = req.get('x-user') || 'reader';
  res.render('index', { books: books, note: '<b>new</b>' });
});

app.post('/books/:title', function add(req, res) {
  books.push({ title: req.params.title, price: books.length * 3 });
  res.render('index', { books: books, layout: false });
});

app.get('/plain', function plain(req, res) {
  res.render('plain', { layout: 'other' });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
