// A JSON API that validates its input: every field error listed (422),
// conflicts (409), a body that is not an object (400), malformed JSON caught
// by the service's own error handler.
var express = require('express');
var app = express();
app.use(express.json());

var accounts = [];

function validate(body) {
  var errors = [];
  function check(ok, field, message) {
    if (!ok) errors.push({ field: field, message: message });
  }
  check(typeof body.email === 'string' && /^[^@\s]+@[^@\s]+\.[a-z]+$/.test(body.email), 'email', 'must be an email address');
  check(typeof body.name === 'string' && body.name.length >= 1 && body.name.length <= 20, 'name', 'must be 1 to 20 characters');
  check(Number.isInteger(body.age) && body.age >= 0 && body.age <= 150, 'age', 'must be an integer from 0 to 150');
  if (body.tags !== undefined) {
    check(Array.isArray(body.tags) && body.tags.every(function isString(t) { return typeof t === 'string'; }), 'tags', 'must be a list of strings');
  }
  return errors;
}

app.post('/accounts', function create(req, res) {
  if (req.body === null || typeof req.body !== 'object' || Array.isArray(req.body)) {
    return res.status(400).json({ error: 'body must be a JSON object' });
  }
  var errors = validate(req.body);
  if (errors.length) return res.status(422).json({ errors: errors });
  var email = req.body.email.toLowerCase();
  if (accounts.some(function same(a) { return a.email === email; })) {
    return res.status(409).json({ error: 'email already registered', email: email });
  }
  var account = { id: accounts.length + 1, email: email, name: req.body.name, age: req.body.age, tags: req.body.tags || [] };
  accounts.push(account);
  res.status(201).json(account);
});

app.get('/accounts/:id', function show(req, res) {
  if (!/^\d+$/.test(req.params.id)) return res.status(400).json({ error: 'id must be a number' });
  var account = accounts[Number(req.params.id) - 1];
  if (!account) return res.status(404).json({ error: 'not found' });
  res.json(account);
});

app.get('/accounts', function list(req, res) {
  res.json(accounts.map(function summary(a) { return a.id + ':' + a.email; }));
});

app.use(function jsonErrors(err, req, res, next) {
  if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'malformed JSON' });
  next(err);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
