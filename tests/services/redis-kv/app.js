// node-redis v3's callback API for plain keys: set, get, incr, expire, ttl,
// exists, del; every key under the service's prefix; Redis errors answered.
var express = require('express');
var redis = require('redis');
var app = express();
var client = redis.createClient({ url: process.env.REDIS_URL });
var prefix = 'redis-kv:';

function key(name) {
  return prefix + name;
}

function storeError(res, err) {
  res.status(500).json({ error: err.message, code: err.code });
}

app.put('/kv/:name', express.text(), function put(req, res) {
  client.set(key(req.params.name), req.body, function stored(err, reply) {
    if (err) return storeError(res, err);
    res.json({ reply: reply });
  });
});

app.get('/kv/:name', function get(req, res) {
  client.get(key(req.params.name), function fetched(err, value) {
    if (err) return storeError(res, err);
    if (value === null) return res.status(404).json({ error: 'no key ' + req.params.name });
    res.type('text').send(value);
  });
});

app.post('/kv/:name/incr', function incr(req, res) {
  client.incr(key(req.params.name), function incremented(err, n) {
    if (err) return storeError(res, err);
    res.json({ value: n, type: typeof n });
  });
});

app.post('/kv/:name/expire/:seconds', function expire(req, res) {
  var k = key(req.params.name);
  var seconds = Number(req.params.seconds);
  client.expire(k, seconds, function expiring(err, applied) {
    if (err) return storeError(res, err);
    client.ttl(k, function ttl(err2, left) {
      if (err2) return storeError(res, err2);
      res.json({ applied: applied, expiring: left > 0 && left <= seconds, ttl: left < 0 ? left : 'set' });
    });
  });
});

app.get('/kv/:name/exists', function exists(req, res) {
  client.exists(key(req.params.name), function answered(err, n) {
    if (err) return storeError(res, err);
    res.json({ exists: n === 1 });
  });
});

app.delete('/kv/:name', function del(req, res) {
  client.del(key(req.params.name), function deleted(err, n) {
    if (err) return storeError(res, err);
    res.json({ deleted: n });
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
