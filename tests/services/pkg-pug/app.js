// pug 3 views: layouts with extends/block, includes, mixins, iteration,
// escaping, res.locals and app.locals, and a page counter kept by the service.
var express = require('express');
var path = require('path');
var app = express();

app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'pug');
app.locals.brand = 'Pug Press';

var views = 0;

app.get('/', function home(req, res) {
  views += 1;
  res.locals.count = views;
  res.render('home', { posts: [{ title: 'First', tags: ['a', 'b'] }, { title: 'Second & last', tags: [] }] });
});

app.get('/about', function about(req, res) {
  res.render('about', { pretty: false, raw: '<em>raw</em>' });
});

app.get('/fail', function fail(req, res) {
  res.render('home', { posts: null });
});

app.use(function (err, req, res, next) {
  res.status(500).json({ error: err.name, firstLine: err.message.split('\n').pop() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
