// Application settings that change answers: json spaces, json replacer,
// json escape, case-sensitive and strict routing, the simple query parser,
// app.locals and res.locals, app.get('env').
var express = require('express');
var app = express();
var served = 0;

app.set('json spaces', 2);
app.set('json replacer', function hideSecrets(key, value) {
  return key === 'secret' ? undefined : value;
});
app.set('json escape', true);
app.set('case sensitive routing', true);
app.set('strict routing', true);
app.set('query parser', 'simple');
app.locals.title = 'Settings demo';

app.use(function locals(req, res, next) {
  served += 1;
  res.locals.served = served;
  next();
});

app.get('/info', function info(req, res) {
  res.json({ title: app.locals.title, env: app.get('env'), spaces: app.get('json spaces'), served: res.locals.served, secret: 'hidden' });
});

app.get('/escaped', function escaped(req, res) {
  res.json({ html: '<b>&amp;</b>', nested: { secret: 1, shown: [1, 2] } });
});

app.get('/Case', function upper(req, res) {
  res.send('upper-case route');
});

app.get('/strict/', function withSlash(req, res) {
  res.send('with slash');
});

app.get('/strict', function withoutSlash(req, res) {
  res.send('without slash');
});

app.get('/query', function query(req, res) {
  res.json(req.query);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
