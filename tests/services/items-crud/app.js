// An array of items behind POST/GET/PUT/PATCH/DELETE, with filters in the query.
var express = require('express');
var app = express();
app.use(express.json());

var items = [];
var nextId = 1;

function find(id) {
  for (var i = 0; i < items.length; i++) if (items[i].id === Number(id)) return i;
  return -1;
}

function missing(res, id) {
  res.status(404).json({ error: 'no item ' + id });
}

app.post('/items', function create(req, res) {
  if (typeof req.body.name !== 'string' || !req.body.name) return res.status(400).json({ error: 'name required' });
  var item = { id: nextId++, name: req.body.name, qty: Number(req.body.qty) || 1, done: false };
  items.push(item);
  res.status(201).location('/items/' + item.id).json(item);
});

app.get('/items', function list(req, res) {
  var found = items;
  if (req.query.done !== undefined) {
    var done = req.query.done === 'true';
    found = found.filter(function byDone(it) { return it.done === done; });
  }
  if (req.query.min) found = found.filter(function byQty(it) { return it.qty >= Number(req.query.min); });
  res.json({ count: found.length, items: found });
});

app.get('/items/:id', function show(req, res) {
  var i = find(req.params.id);
  if (i < 0) return missing(res, req.params.id);
  res.json(items[i]);
});

app.put('/items/:id', function replace(req, res) {
  var i = find(req.params.id);
  if (i < 0) return missing(res, req.params.id);
  items[i] = { id: items[i].id, name: String(req.body.name || ''), qty: Number(req.body.qty) || 0, done: !!req.body.done };
  res.json(items[i]);
});

app.patch('/items/:id', function update(req, res) {
  var i = find(req.params.id);
  if (i < 0) return missing(res, req.params.id);
  ['name', 'qty', 'done'].forEach(function merge(k) {
    if (k in req.body) items[i][k] = req.body[k];
  });
  res.json(items[i]);
});

app.delete('/items/:id', function remove(req, res) {
  var i = find(req.params.id);
  if (i < 0) return missing(res, req.params.id);
  items.splice(i, 1);
  res.sendStatus(204);
});

app.delete('/items', function clear(req, res) {
  var count = items.length;
  items = [];
  res.json({ removed: count });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
