// node-redis v3 hashes: hset (one field and several), hget, hgetall, hincrby,
// hdel, del; profiles stored under the service's prefix.
var express = require('express');
var redis = require('redis');
var app = express();
var client = redis.createClient({ url: process.env.REDIS_URL });
var prefix = 'redis-hash:profile:';

function key(id) {
  return prefix + id;
}

function sorted(obj) {
  var out = {};
  Object.keys(obj).sort().forEach(function copy(k) { out[k] = obj[k]; });
  return out;
}

app.put('/profiles/:id/:field', express.text(), function setField(req, res, next) {
  client.hset(key(req.params.id), req.params.field, req.body, function stored(err, added) {
    if (err) return next(err);
    res.json({ added: added });
  });
});

app.post('/profiles/:id', express.json(), function setMany(req, res, next) {
  var args = [key(req.params.id)];
  Object.keys(req.body).forEach(function pair(f) { args.push(f, String(req.body[f])); });
  client.hset(args, function stored(err, added) {
    if (err) return next(err);
    res.status(201).json({ added: added });
  });
});

app.get('/profiles/:id/:field', function getField(req, res, next) {
  client.hget(key(req.params.id), req.params.field, function fetched(err, value) {
    if (err) return next(err);
    if (value === null) return res.status(404).json({ error: 'no field ' + req.params.field });
    res.send(value);
  });
});

app.get('/profiles/:id', function getAll(req, res, next) {
  client.hgetall(key(req.params.id), function fetched(err, profile) {
    if (err) return next(err);
    if (profile === null) return res.status(404).json({ error: 'no profile ' + req.params.id });
    res.json(sorted(profile));
  });
});

app.post('/profiles/:id/visits', function visit(req, res, next) {
  client.hincrby(key(req.params.id), 'visits', 1, function counted(err, n) {
    if (err) return next(err);
    res.json({ visits: n });
  });
});

app.delete('/profiles/:id/:field', function delField(req, res, next) {
  client.hdel(key(req.params.id), req.params.field, function deleted(err, n) {
    if (err) return next(err);
    res.json({ deleted: n });
  });
});

app.delete('/profiles/:id', function delProfile(req, res, next) {
  client.del(key(req.params.id), function deleted(err, n) {
    if (err) return next(err);
    res.json({ deleted: n });
  });
});

app.use(function redisErrors(err, req, res, next) {
  res.status(500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
