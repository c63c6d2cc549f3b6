// mustache 4 as an Express view engine registered with app.engine(): the
// engine is the service's own function, reading the template with fs.readFile
// and a partial with fs.readFileSync; the view cache and a callback render.
var express = require('express');
var fs = require('fs');
var path = require('path');
var Mustache = require('mustache');
var app = express();

app.engine('mustache', function render(filePath, options, callback) {
  fs.readFile(filePath, 'utf8', function (err, template) {
    if (err) return callback(err);
    var footer = fs.readFileSync(path.join(__dirname, 'views', 'footer.mustache'), 'utf8');
    callback(null, Mustache.render(template, options, { footer: footer }));
  });
});
app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'mustache');
app.locals.team = 'Rockets';

var scores = [];

app.post('/score/:player/:points', function score(req, res) {
  scores.push({ player: req.params.player, points: Number(req.params.points) });
  res.redirect(303, '/board');
});

app.get('/board', function board(req, res) {
  var sorted = scores.slice().sort(function (a, b) { return b.points - a.points; });
  res.render('board', { scores: sorted, empty: sorted.length === 0, title: '<Scores>' });
});

app.get('/board.txt', function boardText(req, res) {
  res.render('board', { scores: scores, empty: false, title: 'text' }, function (err, html) {
    if (err) return res.status(500).send(err.message);
    res.type('text').send(html.replace(/<[^>]+>/g, '').trim());
  });
});

app.get('/nope', function nope(req, res) {
  res.render('missing-view');
});

app.use(function (err, req, res, next) {
  res.status(500).type('text').send(err.message.replace(__dirname, ''));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
