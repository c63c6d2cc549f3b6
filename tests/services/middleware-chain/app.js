// Middleware chains: app.use middleware that set req fields, route-level
// middleware lists, a mounted guard that ends the request, next('route').
var express = require('express');
var app = express();

app.use(function stamp(req, res, next) {
  req.trace = ['stamp'];
  next();
});

app.use(function identify(req, res, next) {
  req.user = req.get('x-user') || 'anonymous';
  req.trace.push('identify');
  res.set('X-User', req.user);
  next();
});

app.use('/admin', function guard(req, res, next) {
  req.trace.push('guard');
  if (req.user !== 'root') return res.status(403).json({ error: 'forbidden', trace: req.trace });
  next();
});

function tag(name) {
  return function tagger(req, res, next) {
    req.trace.push(name);
    next();
  };
}

app.get('/trace', function trace(req, res) {
  res.json({ user: req.user, trace: req.trace });
});

app.get('/tagged', tag('one'), tag('two'), function tagged(req, res) {
  res.json({ trace: req.trace });
});

app.get('/nested', [tag('a'), [tag('b'), tag('c')]], tag('d'), function nested(req, res) {
  res.json({ trace: req.trace });
});

app.get('/admin/panel', function panel(req, res) {
  res.json({ panel: 'open', trace: req.trace });
});

// next('route') leaves this route's remaining handlers for the next matching route.
app.get('/pick/:choice', function maybeSkip(req, res, next) {
  req.trace.push('check');
  if (req.params.choice === 'second') return next('route');
  next();
}, function first(req, res) {
  res.json({ route: 'first', trace: req.trace });
});

app.get('/pick/:choice', function second(req, res) {
  res.json({ route: 'second', trace: req.trace });
});

// A mounted middleware sees the URL without its mount path.
app.use('/short', function shortCircuit(req, res) {
  res.json({ url: req.url, baseUrl: req.baseUrl, originalUrl: req.originalUrl, trace: req.trace });
});

// Only reached when nothing above answered.
app.use(function fallback(req, res) {
  req.trace.push('fallback');
  res.status(404).json({ missing: req.path, trace: req.trace });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
