// escape-html 1.0 from node_modules: a guest book rendered as HTML, each entry
// escaped, entries kept in module-level state.
var express = require('express');
var escapeHtml = require('escape-html');
var app = express();
app.use(express.urlencoded({ extended: false }));

var entries = [];

app.post('/sign', function sign(req, res) {
  entries.push({ name: String(req.body.name || 'anonymous'), text: String(req.body.text || '') });
  res.redirect(303, '/book?after=' + encodeURIComponent(req.body.name || ''));
});

app.get('/book', function book(req, res) {
  var rows = entries.map(function (e, i) {
    return '<li id="e' + i + '"><b>' + escapeHtml(e.name) + '</b>: ' + escapeHtml(e.text) + '</li>';
  });
  res.send('<h1>Guest book</h1><p>' + escapeHtml(req.query.after || '') + '</p><ul>' + rows.join('') + '</ul>');
});

app.get('/escape', function escape(req, res) {
  res.json({ out: escapeHtml(req.query.s), number: escapeHtml(42), empty: escapeHtml('') });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
