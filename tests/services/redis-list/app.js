// node-redis v3 lists as activity feeds: lpush, lrange (with start/stop from
// the query), llen, ltrim to keep the newest entries, rpop, del.
var express = require('express');
var redis = require('redis');
var app = express();
var client = redis.createClient({ url: process.env.REDIS_URL });
var prefix = 'redis-list:feed:';
var keep = 5;

function key(name) {
  return prefix + name;
}

function fail(res) {
  return function failed(err) {
    res.status(500).json({ error: err.message });
  };
}

app.post('/feeds/:name', express.text(), function push(req, res) {
  var k = key(req.params.name);
  client.lpush(k, req.body, function pushed(err, length) {
    if (err) return fail(res)(err);
    client.ltrim(k, 0, keep - 1, function trimmed(err2) {
      if (err2) return fail(res)(err2);
      res.status(201).json({ lengthBeforeTrim: length, kept: Math.min(length, keep) });
    });
  });
});

app.get('/feeds/:name', function range(req, res) {
  var start = Number(req.query.start || 0);
  var stop = Number(req.query.stop || -1);
  client.lrange(key(req.params.name), start, stop, function ranged(err, entries) {
    if (err) return fail(res)(err);
    res.json(entries);
  });
});

app.get('/feeds/:name/length', function length(req, res) {
  client.llen(key(req.params.name), function counted(err, n) {
    if (err) return fail(res)(err);
    res.send(String(n));
  });
});

app.post('/feeds/:name/pop', function pop(req, res) {
  client.rpop(key(req.params.name), function popped(err, oldest) {
    if (err) return fail(res)(err);
    res.json({ oldest: oldest });
  });
});

app.delete('/feeds/:name', function clear(req, res) {
  client.del(key(req.params.name), function deleted(err, n) {
    if (err) return fail(res)(err);
    res.json({ deleted: n });
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
