// Redis calls chained through callbacks: a new order takes incr -> hset ->
// expire -> lpush; the listing fans out one hgetall per id and gathers the
// answers in order; deleting removes the hash and the id from the index.
var express = require('express');
var redis = require('redis');
var app = express();
var client = redis.createClient({ url: process.env.REDIS_URL });
var prefix = 'redis-orders:';
var index = prefix + 'index';

function orderKey(id) {
  return prefix + 'order:' + id;
}

app.post('/orders', express.json(), function create(req, res, next) {
  if (typeof req.body.item !== 'string') return res.status(400).json({ error: 'item required' });
  client.incr(prefix + 'next-id', function numbered(err, id) {
    if (err) return next(err);
    client.hset(orderKey(id), 'item', req.body.item, 'qty', String(req.body.qty || 1), function stored(err2) {
      if (err2) return next(err2);
      client.expire(orderKey(id), 3600, function expiring(err3) {
        if (err3) return next(err3);
        client.lpush(index, id, function indexed(err4) {
          if (err4) return next(err4);
          res.status(201).json({ id: id });
        });
      });
    });
  });
});

app.get('/orders', function list(req, res, next) {
  client.lrange(index, 0, -1, function ranged(err, ids) {
    if (err) return next(err);
    var orders = new Array(ids.length);
    var pending = ids.length;
    if (pending === 0) return res.json([]);
    ids.forEach(function fetch(id, i) {
      client.hgetall(orderKey(id), function fetched(err2, order) {
        orders[i] = { id: Number(id), item: order && order.item, qty: order && Number(order.qty) };
        pending -= 1;
        if (pending === 0) res.json(orders);
      });
    });
  });
});

app.get('/orders/:id', function show(req, res, next) {
  client.hgetall(orderKey(req.params.id), function fetched(err, order) {
    if (err) return next(err);
    if (!order) return res.status(404).json({ error: 'no order ' + req.params.id });
    client.ttl(orderKey(req.params.id), function ttl(err2, left) {
      if (err2) return next(err2);
      res.json({ item: order.item, qty: Number(order.qty), expiring: left > 0 && left <= 3600 });
    });
  });
});

app.delete('/orders/:id', function remove(req, res, next) {
  client.del(orderKey(req.params.id), function deleted(err, n) {
    if (err) return next(err);
    client.lrem(index, 0, req.params.id, function unindexed(err2, removed) {
      if (err2) return next(err2);
      res.json({ deleted: n, unindexed: removed });
    });
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
