// ms 2.1 from node_modules: durations parsed and formatted, and a list of
// reminders in module-level state whose total later requests read.
var express = require('express');
var ms = require('ms');
var app = express();

var reminders = [];

app.post('/reminders/:what/:after', function add(req, res) {
  var after = ms(req.params.after);
  if (after === undefined) return res.status(400).json({ error: 'cannot read ' + req.params.after });
  reminders.push({ what: req.params.what, after: after });
  res.status(201).json({ what: req.params.what, after: after, short: ms(after), long: ms(after, { long: true }) });
});

app.get('/reminders', function list(req, res) {
  var total = reminders.reduce(function (s, r) { return s + r.after; }, 0);
  res.json({ count: reminders.length, total: ms(total, { long: true }), items: reminders.map(function (r) { return r.what + ' in ' + ms(r.after); }) });
});

app.get('/convert/:value', function convert(req, res) {
  var n = Number(req.params.value);
  try {
    res.json(isNaN(n) ? { ms: ms(req.params.value) === undefined ? null : ms(req.params.value) } : { short: ms(n), long: ms(n, { long: true }) });
  } catch (e) {
    res.status(400).json({ error: e.message });
  }
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
