// res.redirect with its statuses and targets (the body depends on Accept),
// res.location without redirecting, and a POST-redirect-GET.
var express = require('express');
var app = express();
var submitted = [];

app.get('/old', function (req, res) { res.redirect('/new'); });
app.get('/moved', function (req, res) { res.redirect(301, '/new'); });
app.get('/temporary', function (req, res) { res.redirect(307, '/new?from=temporary'); });
app.get('/away', function (req, res) { res.redirect('http://example.com/elsewhere?a=1&b=2'); });
app.get('/section/relative', function (req, res) { res.redirect('sub/page'); });
app.get('/unsafe', function (req, res) { res.redirect('/a b<c>"d"'); });
app.get('/back-to/:where', function (req, res) { res.redirect('/' + encodeURIComponent(req.params.where)); });
app.get('/new', function (req, res) { res.send('new place' + (req.query.from ? ' from ' + req.query.from : '')); });
app.get('/locate', function (req, res) { res.location('/somewhere/else').status(201).json({ created: true }); });

app.post('/submit', express.urlencoded({ extended: false }), function submit(req, res) {
  submitted.push(req.body.name);
  res.redirect(303, '/done/' + submitted.length);
});
app.get('/done/:n', function done(req, res) {
  res.send('thanks ' + submitted[Number(req.params.n) - 1]);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
