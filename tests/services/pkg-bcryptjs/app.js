// bcryptjs: hashes with a fixed salt (deterministic), compareSync and the callback compare,
// users' hashes kept in module state, getRounds/getSalt, and its errors.
var express = require('express');
var bcrypt = require('bcryptjs');
var app = express();
app.use(express.json());

var SALT = '$2a$04$abcdefghijklmnopqrstuu';
var users = {};

app.post('/users', function register(req, res) {
  if (users[req.body.name]) return res.status(409).json({ error: 'taken' });
  users[req.body.name] = bcrypt.hashSync(req.body.password, SALT);
  res.status(201).json({ hash: users[req.body.name], rounds: bcrypt.getRounds(users[req.body.name]) });
});
app.post('/login', function login(req, res) {
  var hash = users[req.body.name];
  if (!hash) return res.status(404).json({ error: 'no user' });
  bcrypt.compare(String(req.body.password), hash, function (err, ok) {
    if (err) return res.status(500).json({ error: err.message });
    res.status(ok ? 200 : 401).json({ ok: ok, salt: bcrypt.getSalt(hash) });
  });
});
app.get('/hash', function hash(req, res) {
  try {
    res.json({ hash: bcrypt.hashSync(String(req.query.p), req.query.salt || SALT), sync: bcrypt.compareSync('x', bcrypt.hashSync('x', SALT)) });
  } catch (e) {
    res.status(400).json({ error: e.message });
  }
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
