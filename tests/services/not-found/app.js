// What Express answers by itself: the 404 page for unmatched paths and
// methods, HEAD served by GET routes, automatic OPTIONS, case-insensitive and
// trailing-slash matching; app.all and app.route.
var express = require('express');
var app = express();

app.get('/here', function here(req, res) {
  res.set('X-Method', req.method);
  res.send('here');
});

app.post('/only-post', function onlyPost(req, res) {
  res.send('posted');
});

app.all('/anything', function anything(req, res) {
  res.send('method ' + req.method);
});

app.route('/book')
  .get(function getBook(req, res) { res.send('get book'); })
  .put(function putBook(req, res) { res.send('put book'); })
  .delete(function deleteBook(req, res) { res.sendStatus(204); });

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
