// validator 13 from node_modules: sign-up checks, sanitizers, and a user list
// kept in module-level state that later requests read.
var express = require('express');
var validator = require('validator');
var isEmail = require('validator/lib/isEmail');
var app = express();
app.use(express.json());

var users = [];

app.post('/signup', function signup(req, res) {
  var b = req.body, problems = [];
  if (!isEmail(String(b.email || ''))) problems.push('email');
  if (!validator.isLength(String(b.name || ''), { min: 2, max: 20 })) problems.push('name');
  if (b.site && !validator.isURL(b.site, { require_protocol: true })) problems.push('site');
  if (b.ip && !validator.isIP(b.ip)) problems.push('ip');
  if (!validator.isStrongPassword(String(b.password || ''), { minSymbols: 0 })) problems.push('password');
  if (problems.length) return res.status(422).json({ problems: problems });
  var user = { name: validator.escape(b.name), email: validator.normalizeEmail(b.email), site: b.site || null };
  users.push(user);
  res.status(201).json(user);
});

app.get('/users', function list(req, res) {
  res.json(users);
});

app.get('/check', function check(req, res) {
  var v = String(req.query.v);
  res.json({ email: validator.isEmail(v), url: validator.isURL(v), uuid: validator.isUUID(v), int: validator.isInt(v),
             float: validator.isFloat(v), hex: validator.isHexColor(v), json: validator.isJSON(v), date: validator.isISO8601(v),
             trimmed: validator.trim(v), toInt: validator.toInt(v), ascii: validator.isAscii(v), version: validator.version });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
