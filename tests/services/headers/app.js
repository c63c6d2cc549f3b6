// Custom headers both ways: req.get (case-insensitive), res.set with a name or
// an object, res.append, res.get, removeHeader, numbers as values, req.is and
// req.accepts; a middleware stamping every answer.
var express = require('express');
var app = express();
var served = 0;

app.use(function stampService(req, res, next) {
  served += 1;
  res.setHeader('X-Service', 'headers');
  res.set('X-Served', String(served));
  next();
});

app.get('/echo', function echo(req, res) {
  res.json({
    upper: req.get('X-Client') || null,
    lower: req.header('x-client') || null,
    missing: req.get('x-none') === undefined,
    referer: req.get('referrer') || null
  });
});

app.get('/many', function many(req, res) {
  res.set({ 'X-One': '1', 'X-Two': 'two' });
  res.append('X-List', 'a');
  res.append('X-List', ['b', 'c']);
  res.set('X-Count', 3);
  res.json({ one: res.get('X-One'), list: res.get('X-List') });
});

app.get('/removed', function removed(req, res) {
  res.set('X-Temporary', 'yes');
  res.removeHeader('X-Temporary');
  res.set('X-Kept', 'yes');
  res.send('only x-kept remains');
});

app.get('/mirror', function mirror(req, res) {
  var names = Object.keys(req.headers).filter(function custom(n) { return n.indexOf('x-') === 0; }).sort();
  names.forEach(function copy(n) { res.set('X-Echo-' + n.slice(2), req.headers[n]); });
  res.json(names);
});

app.post('/negotiate', function negotiate(req, res) {
  res.json({
    isJson: req.is('application/json'),
    isText: req.is('text/*'),
    accepts: req.accepts(['json', 'html']) || false,
    method: req.method,
    protocol: req.protocol,
    xhr: req.xhr
  });
});

// Node's checks of header names and values: a service that catches them answers the same.
app.get('/invalid', function invalid(req, res) {
  var attempts = [['X-A', 'a\r\nb'], ['X A', '1'], ['', 'x'], ['X-B', undefined], ['X-C', ['ok', 'bad\n']],
                  ['X-D', 'caf\u00e9'], ['X-E', 'a\u0100']];
  var out = attempts.map(function attempt(pair) {
    try { res.setHeader(pair[0], pair[1]); return 'ok'; } catch (e) { return e.name + ' ' + e.code + ' ' + e.message; }
  });
  res.removeHeader('X-D');
  res.json(out);
});

app.get('/invalid-uncaught', function uncaught(req, res) {
  res.set('X-Injected', 'a\r\nSet-Cookie: evil=1');
  res.send('not sent');
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
