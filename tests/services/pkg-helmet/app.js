// helmet 7: its default headers, a custom Content-Security-Policy, per-route helmet middleware,
// and the headers it set read back by the handlers (the tests compare x-* headers and bodies).
var express = require('express');
var helmet = require('helmet');
var app = express();
var hits = 0;

app.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'] } } }));
app.get('/', function home(req, res) {
  hits++;
  res.json({ hits: hits, headers: res.getHeaders() });
});
app.get('/frame', helmet.frameguard({ action: 'deny' }), function frame(req, res) {
  res.json(res.getHeaders());
});
app.get('/no-sniff-off', helmet({ xContentTypeOptions: false, crossOriginEmbedderPolicy: true }), function off(req, res) {
  res.json(res.getHeaders());
});
app.get('/referrer', helmet.referrerPolicy({ policy: ['origin', 'unsafe-url'] }), function referrer(req, res) {
  res.set('x-referrer-policy', res.get('Referrer-Policy')).send('ok');
});
app.get('/hsts', helmet.hsts({ maxAge: 123, preload: true }), function hsts(req, res) {
  res.set('x-hsts', res.get('Strict-Transport-Security')).json({ hits: hits });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
