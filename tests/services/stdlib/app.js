// Node's standard modules from request handlers: path, querystring, url,
// util.format and util.inspect, crypto hashes and HMACs.
var express = require('express');
var path = require('path');
var querystring = require('querystring');
var url = require('url');
var util = require('util');
var crypto = require('crypto');
var app = express();

app.get('/path', function paths(req, res) {
  var p = req.query.p || '/srv/app/../data/./report.final.txt';
  res.json({
    normalize: path.normalize(p),
    basename: path.basename(p),
    stem: path.basename(p, path.extname(p)),
    extname: path.extname(p),
    dirname: path.dirname(p),
    join: path.join('root', p, '..', 'x'),
    resolved: path.resolve('/srv', p),
    relative: path.relative('/srv/app', path.resolve('/srv', p)),
    isAbsolute: path.isAbsolute(p),
    parsed: path.parse(p),
    posixSep: path.sep
  });
});

app.get('/qs/parse', function qsParse(req, res) {
  res.json(querystring.parse(req.query.raw || 'a=1&b=two&a=3&c=%C3%A9&d'));
});

app.get('/qs/stringify', function qsStringify(req, res) {
  res.send(querystring.stringify({ list: ['x', 'y z'], word: 'café', sym: '&=?', n: 5, empty: '' }));
});

app.get('/url', function urls(req, res) {
  var u = new URL(req.query.u || 'https://user:pw@example.com:8443/a/b?x=1&y=2&x=3#frag');
  res.json({
    protocol: u.protocol, host: u.host, hostname: u.hostname, port: u.port, pathname: u.pathname,
    search: u.search, hash: u.hash, username: u.username, x: u.searchParams.getAll('x'),
    formatted: url.format({ protocol: 'http', host: 'example.org', pathname: '/p', query: { q: 'a b' } }),
    resolved: new URL('../up?z=1', u.href).href
  });
});

app.get('/format', function format(req, res) {
  res.type('txt').send([
    util.format('%s is %d years old', 'Ada', 36),
    util.format('%i and %f', '42.9', '1.5'),
    util.format('%j', { a: [1, 'b'] }),
    util.format('100%% sure, %s', 'yes', 'extra', 3),
    util.inspect({ a: [1, { b: { c: {} } }], s: 'str' }, { depth: 1 }),
    util.inspect(new Map([['k', 1]]))
  ].join('\n'));
});

app.get('/hash/:algo/:text', function hash(req, res) {
  var h = crypto.createHash(req.params.algo).update(req.params.text);
  res.json({ algo: req.params.algo, hex: h.digest('hex') });
});

app.get('/sha256-base64/:text', function sha256Base64(req, res) {
  res.send(crypto.createHash('sha256').update(req.params.text, 'utf8').digest('base64'));
});

app.get('/hmac/:text', function hmac(req, res) {
  res.send(crypto.createHmac('sha256', 'service-secret').update(req.params.text).digest('hex'));
});

app.post('/digest', express.text(), function digest(req, res) {
  var h = crypto.createHash('sha256');
  req.body.split('\n').forEach(function add(line) { h.update(line); });
  res.json({ lines: req.body.split('\n').length, sha256: h.digest('hex') });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
