// Middleware made by packages in main (cors(), helmet(), cookieParser(secret)) on
// every node, with moment, marked, async, bcryptjs and nanoid in the routes: a small wiki
// whose pages are kept in module-level state.
var express = require('express');
var cors = require('cors');
var helmet = require('helmet');
var cookieParser = require('cookie-parser');
var moment = require('moment');
var marked = require('marked');
var async = require('async');
var bcrypt = require('bcryptjs');
var { nanoid, customAlphabet } = require('nanoid');
var shortId = customAlphabet('ab', 8);
var app = express();

var EDITOR_HASH = '$2a$04$abcdefghijklmnopqrstuu/LVz6MZlItEy42I2juLihZ66HnQx/cy';
var pages = {};

app.use(helmet({ contentSecurityPolicy: false }));
app.use(cors({ origin: ['http://allowed.example'], exposedHeaders: ['x-page-count'] }));
app.use(cookieParser('secret'));
app.use(express.text({ type: 'text/markdown' }));

app.put('/pages/:name', function save(req, res) {
  if (!bcrypt.compareSync(String(req.get('x-password')), EDITOR_HASH)) return res.status(403).json({ error: 'wrong password' });
  pages[req.params.name] = { text: req.body, by: req.signedCookies.user || 'anonymous', at: moment.utc('2024-03-10T10:00:00Z').add(Object.keys(pages).length, 'hours').toISOString() };
  res.set('x-page-count', String(Object.keys(pages).length)).status(201).json(pages[req.params.name]);
});

app.get('/pages/:name', function show(req, res) {
  var page = pages[req.params.name];
  if (!page) return res.status(404).send('<p>no page</p>');
  res.send(marked.parse(page.text) + '<footer>' + page.by + ', ' + moment.utc(page.at).format('LLLL') + ' (' +
           moment.utc(page.at).from(moment.utc('2024-03-12T00:00:00Z')) + ')</footer>');
});

app.get('/ids', function ids(req, res) {
  var a = nanoid(), b = shortId();
  res.json({ a: a.length, urlSafe: /^[A-Za-z0-9_-]+$/.test(a), b: b.length, onlyAB: /^[ab]+$/.test(b), differ: nanoid() !== a });
});

app.post('/login/:user', function login(req, res) {
  res.cookie('user', req.params.user, { signed: true, httpOnly: true });
  res.cookie('seen', { pages: Object.keys(pages).length });
  res.json({ headers: res.getHeaders() });
});

app.get('/index', function index(req, res) {
  async.mapSeries(Object.keys(pages).sort(), function (name, done) {
    done(null, name + ': ' + pages[name].text.split('\n')[0].length + ' chars');
  }, function (err, lines) {
    res.json({ err: err, lines: lines, headers: res.getHeaders(), cookies: req.cookies, signed: req.signedCookies });
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
