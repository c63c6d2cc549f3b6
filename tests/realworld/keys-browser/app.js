// A Redis keys browser in the style of the Express applications of the fluxional compiler's
// real-world test set: body-parser, hbs views with a layout and helpers, an old lodash (3:
// _.pluck, _.indexBy, _.sortByAll), extend, and node-redis 2.8's callback client listing the
// keys of its database and their types.
var express = require('express');
var bodyParser = require('body-parser');
var hbs = require('hbs');
var _ = require('lodash');
var extend = require('extend');
var redis = require('redis');
var path = require('path');

var DEFAULTS = { pattern: 'kb:*', sort: 'key', limit: 50 };
var client = redis.createClient(process.env.REDIS_URL);
var app = express();

app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'hbs');
hbs.registerHelper('upper', function (s) { return String(s).toUpperCase(); });
hbs.registerHelper('count', function (xs) { return xs ? xs.length : 0; });
app.use(bodyParser.urlencoded({ extended: false }));
app.use(bodyParser.json());

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
    res.render('index', { title: 'Keys', rows: rows, options: options, names: _.pluck(rows, 'key').join(', '),
                          types: _.keys(_.groupBy(rows, 'type')).sort() });
  });
});

app.get('/keys/:key', function show(req, res, next) {
  var key = req.params.key;
  client.type(key, function (err, type) {
    if (err) return next(err);
    if (type === 'none') return res.status(404).render('key', { title: key, key: key, missing: true });
    readValue(key, type, function (err, value) {
      if (err) return next(err);
      res.render('key', { title: key, key: key, type: type, value: JSON.stringify(value) });
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
