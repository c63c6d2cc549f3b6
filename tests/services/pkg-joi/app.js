// joi: schemas made in main, validating request bodies in the handlers (errors, conversion,
// defaults, custom messages, references, alternatives).
var express = require('express');
var Joi = require('joi');
var app = express();
app.use(express.json());

var user = Joi.object({
  name: Joi.string().trim().min(2).max(20).required(),
  age: Joi.number().integer().min(0).max(150),
  email: Joi.string().email({ tlds: { allow: false } }),
  role: Joi.string().valid('admin', 'user').default('user'),
  password: Joi.string().min(4),
  confirm: Joi.any().valid(Joi.ref('password')).messages({ 'any.only': 'the two passwords differ' }),
  tags: Joi.array().items(Joi.string()).unique().max(3),
  contact: Joi.alternatives().try(Joi.string().email({ tlds: { allow: false } }), Joi.number().integer())
}).with('password', 'confirm');
var users = [];

app.post('/users', function create(req, res) {
  var result = user.validate(req.body, { abortEarly: false, convert: true });
  if (result.error) {
    return res.status(400).json({ message: result.error.message, details: result.error.details.map(function (d) {
      return { path: d.path, type: d.type, message: d.message };
    }) });
  }
  users.push(result.value);
  res.status(201).json({ value: result.value, count: users.length });
});

app.get('/users', function list(req, res) {
  var query = Joi.object({ limit: Joi.number().integer().min(1).default(10), role: Joi.string() }).unknown(false);
  try {
    var q = Joi.attempt(req.query, query);
    res.json(users.filter(function (u) { return !q.role || u.role === q.role; }).slice(0, q.limit));
  } catch (e) {
    res.status(400).json({ name: e.name, isJoi: e.isJoi, message: e.message });
  }
});

app.get('/describe', function describe(req, res) {
  res.json(user.describe().keys.name);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
