// keys-browser without what needs `stream` and views (body-parser, hbs), until those are in:
// Express's own body parsers, pages from lodash 3's _.template; the same old lodash, extend and
// node-redis 2.8's callback client listing the keys of its database and their types. Its
// package.json is keys-browser's: body-parser and hbs are installed, never required.
var express = require('express');
var _ = require('lodash');
var extend = require('extend');
var redis = require('redis');

var DEFAULTS = { pattern: 'kb:*', sort: 'key', limit: 50 };
var client = redis.createClient(process.env.REDIS_URL);
var app = express();

var page = _.template('<h1><%- title.toUpperCase() %></h1><p><%= rows.length %> keys matching <%- options.pattern %>: ' +
                      '<%- names %></p><ul><% _.each(rows, function (r) { %><li><%- r.key %> (<%- r.type %>)</li><% }); %></ul>');
var keyPage = _.template('<h1><%- key %></h1><p><% if (missing) { %>no such key<% } else { %>a <%- type %>: ' +
                         '<code><%- value %></code><% } %></p>');
app.use(express.urlencoded({ extended: false }));
app.use(express.json());

function listKeys(options, cb) {
  client.keys(options.pattern, function (err, keys) {
    if (err) return cb(err);
    keys.sort();
    var rows = [];
    var left = keys.length;
    if (!left) return cb(null, rows);
    keys.forEach(function (key, i) {
      client.type(key, function (err, type) {
        rows[i] = { key: key, type: type };
        if (--left === 0) cb(null, _.sortByAll(rows, [options.sort, 'key']).slice(0, options.limit));
      });
    });
  });
}

function readValue(key, type, cb) {
  if (type === 'string') return client.get(key, cb);
  if (type === 'list') return client.lrange(key, 0, -1, cb);
  if (type === 'hash') return client.hgetall(key, cb);
  if (type === 'set') return client.smembers(key, function (err, xs) { cb(err, xs && xs.sort()); });
  cb(null, null);
}

function store(body, cb) {
  var key = 'kb:' + body.key;
  var values = String(body.value || '').split(',');
  if (body.type === 'list') return client.rpush([key].concat(values), cb);
  if (body.type === 'set') return client.sadd([key].concat(values), cb);
  if (body.type === 'hash') {
    var pairs = _.flatten(values.map(function (v) { return v.split('='); }));
    return client.hmset([key].concat(pairs), cb);
  }
  client.set(key, values.join(','), cb);
}

app.get('/', function index(req, res, next) {
  var options = extend({}, DEFAULTS, _.pick(req.query, 'pattern', 'sort'));
  listKeys(options, function (err, rows) {
    if (err) return next(err);
    res.send(page({ title: 'Keys', rows: rows, options: options, names: _.pluck(rows, 'key').join(', ') }));
  });
});

app.get('/keys/:key', function show(req, res, next) {
  var key = req.params.key;
  client.type(key, function (err, type) {
    if (err) return next(err);
    if (type === 'none') return res.status(404).send(keyPage({ key: key, missing: true, type: null, value: null }));
    readValue(key, type, function (err, value) {
      if (err) return next(err);
      res.send(keyPage({ key: key, missing: false, type: type, value: JSON.stringify(value) }));
    });
  });
});

app.post('/keys', function add(req, res, next) {
  store(req.body, function (err) {
    if (err) return next(err);
    res.redirect('/keys/' + encodeURIComponent('kb:' + req.body.key));
  });
});

app.post('/keys/:key/delete', function remove(req, res, next) {
  client.del(req.params.key, function (err, n) {
    if (err) return next(err);
    res.redirect('/?deleted=' + n);
  });
});

app.get('/api/keys', function api(req, res, next) {
  listKeys(extend({}, DEFAULTS, { sort: 'type' }), function (err, rows) {
    if (err) return next(err);
    res.json({ byType: _.mapValues(_.groupBy(rows, 'type'), function (xs) { return _.pluck(xs, 'key'); }),
               index: _.indexBy(rows, 'key'), settings: extend(true, {}, { view: { sort: 'key' } }, { view: { dense: true } }) });
  });
});

app.post('/api/keys', function addJson(req, res, next) {
  store(req.body, function (err, reply) {
    if (err) return next(err);
    res.status(201).json({ stored: 'kb:' + req.body.key, reply: reply });
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
