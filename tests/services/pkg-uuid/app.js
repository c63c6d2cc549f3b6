// uuid 9 (CommonJS build) from node_modules: name-based ids (v5, v3) through
// node:crypto's hashes, parse/stringify, validate, version; random v4 ids are
// only checked for their form.
var express = require('express');
var uuid = require('uuid');
var { v5: uuidv5, v3: uuidv3, validate, version, NIL } = require('uuid');
var app = express();
app.use(express.json());

var NAMESPACE = uuidv5('liquefy.example', uuidv5.DNS);
var users = {};

app.post('/users/:name', function add(req, res) {
  var id = uuidv5(req.params.name, NAMESPACE);
  users[id] = { name: req.params.name, v3: uuidv3(req.params.name, uuidv3.URL) };
  res.status(201).json({ id: id, user: users[id] });
});

app.get('/users/:id', function show(req, res) {
  if (!validate(req.params.id)) return res.status(400).json({ error: 'not a uuid', nil: NIL });
  var user = users[req.params.id];
  if (!user) return res.status(404).json({ error: 'no user', version: version(req.params.id) });
  res.json({ user: user, version: version(req.params.id), bytes: Array.from(uuid.parse(req.params.id)).slice(0, 4) });
});

app.get('/users', function list(req, res) {
  res.json(Object.keys(users).sort());
});

app.get('/random', function random(req, res) {
  var a = uuid.v4(), b = uuid.v4();
  res.json({ valid: validate(a), version: version(a), differ: a !== b, length: a.length,
             roundTrip: uuid.stringify(uuid.parse(a)) === a, ns: NAMESPACE });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
