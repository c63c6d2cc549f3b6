// A service's own middleware that wraps the response, as response-time and on-headers
// users write it: on-headers 1.0.2 called from the service's middleware with a listener of
// its own, and hand-written wrappers of res.writeHead and res.end that set headers just
// before they go out. The handlers that read or write the service's `orders` run in a
// stateful unit, so the response hops there from the node that ran the middleware: the
// headers the wrappers set must still be there. No header depends on time.
var express = require('express');
var onHeaders = require('on-headers');
var app = express();
app.set('etag', false);

var orders = [];

app.use(function tagRequest(req, res, next) {
  var tag = req.headers['x-tag'] || 'untagged';
  var writeHead = res.writeHead;
  res.writeHead = function (status) {
    res.setHeader('X-Tag', tag + ':' + status);
    return writeHead.apply(this, arguments);
  };
  next();
});

app.use(function countBody(req, res, next) {
  var end = res.end;
  res.end = function (chunk, encoding) {
    if (!res.headersSent) res.setHeader('X-Body-Bytes', String(chunk ? Buffer.byteLength(chunk) : 0));
    return end.call(this, chunk, encoding);
  };
  next();
});

app.use(function routeHeader(req, res, next) {
  var route = req.method + ' ' + req.path;
  onHeaders(res, function () {
    this.setHeader('X-Route', route);
    if (this.statusCode >= 400) this.setHeader('X-Failed', 'yes');
  });
  next();
});

app.get('/hello', function hello(req, res) {
  res.json({ hello: req.query.name || 'world' });
});

app.post('/orders/:item', function addOrder(req, res) {
  orders.push({ item: req.params.item, qty: Number(req.query.qty || 1) });
  res.status(201).json({ id: orders.length, count: orders.length });
});

app.get('/orders', function listOrders(req, res) {
  res.json(orders);
});

app.get('/orders/:id', function oneOrder(req, res) {
  var order = orders[Number(req.params.id) - 1];
  if (!order) return res.status(404).json({ error: 'no order ' + req.params.id });
  res.json(order);
});

app.delete('/orders/:id', function cancel(req, res) {
  var at = Number(req.params.id) - 1;
  if (!orders[at]) return res.sendStatus(404);
  orders.splice(at, 1);
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('cancelled ' + req.params.id);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
