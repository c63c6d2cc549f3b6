// compression 1.7 (over Node's zlib: pako under Liquefy) wrapping res.write,
// res.end and res.writeHead (through on-headers): gzip and deflate answers, the
// threshold, a filter, Cache-Control no-transform, HEAD, and chunks written one
// by one. The tests read the answers decompressed.
var express = require('express');
var compression = require('compression');
var app = express();

var served = 0;

app.use(compression({
  threshold: 100,
  filter: function (req, res) { return req.headers['x-no-compression'] ? false : compression.filter(req, res); }
}));

function page(n) {
  var rows = [];
  for (var i = 0; i < n; i++) rows.push('<li>row ' + i + ' of the long list</li>');
  return '<ul>' + rows.join('\n') + '</ul>';
}

app.get('/page/:n', function show(req, res) {
  served += 1;
  res.set('x-served', String(served));
  res.send(page(Number(req.params.n)));
});

app.get('/json', function json(req, res) {
  res.json({ items: Array.from({ length: 40 }, function (_, i) { return { id: i, name: 'item ' + i }; }) });
});

app.get('/chunks', function chunks(req, res) {
  res.type('text');
  res.write('first line of many\n'.repeat(10));
  res.write(Buffer.from('second part\n'.repeat(10)));
  res.end('the end\n');
});

app.get('/head-written', function headWritten(req, res) {
  res.writeHead(201, { 'Content-Type': 'text/plain', 'x-wrote-head': 'yes' });
  res.end('created '.repeat(50));
});

app.get('/no-transform', function noTransform(req, res) {
  res.set('Cache-Control', 'no-transform');
  res.send(page(20));
});

app.get('/vary', function vary(req, res) {
  res.json({ vary: res.get('Vary') || null, served: served });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
