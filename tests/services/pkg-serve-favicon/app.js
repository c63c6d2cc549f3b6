// serve-favicon: the icon read once from the service's folder (fs, on the first request that asks
// for it) and kept in the middleware; HEAD, OPTIONS, a refused method, conditional requests.
var express = require('express');
var path = require('path');
var favicon = require('serve-favicon');
var app = express();

app.use(favicon(path.join(__dirname, 'favicon.ico'), { maxAge: '2d' }));

app.get('/', function home(req, res) {
  res.send('<link rel="icon" href="/favicon.ico"><p>home</p>');
});

app.get('/icon-info', function info(req, res) {
  require('fs').stat(path.join(__dirname, 'favicon.ico'), function (err, st) {
    res.json({ size: err ? err.code : st.size });
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
