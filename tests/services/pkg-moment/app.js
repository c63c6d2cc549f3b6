// moment 2.30: parsing, formatting (locales), arithmetic, durations, diff and relative time
// from fixed dates; the events' dates kept in module state as ISO strings (a moment object
// holds its locale's functions, which cannot travel, even in main's snapshot: docs/packages.md).
var express = require('express');
var moment = require('moment');
var app = express();
var events = [];
var BASE = '2024-03-10T10:00:00Z';

app.post('/events/:name/:days', function add(req, res) {
  var at = moment.utc(BASE).add(Number(req.params.days), 'days');
  events.push({ name: req.params.name, at: at.toISOString() });
  res.status(201).json({ at: at.toISOString(), weekday: at.format('dddd'), count: events.length });
});
app.get('/events', function list(req, res) {
  var sorted = events.map(function (e) { return { name: e.name, at: moment.utc(e.at) }; })
    .sort(function (a, b) { return a.at.valueOf() - b.at.valueOf(); });
  res.json(sorted.map(function (e) {
    return e.name + ' ' + e.at.format('YYYY-MM-DD') + ' (' + e.at.from(moment.utc(BASE)) + ', ' + e.at.locale(req.query.lang || 'en').format('LL') + ')';
  }));
});
app.get('/format', function format(req, res) {
  var m = moment.utc(req.query.d, req.query.f || moment.ISO_8601, true);
  if (!m.isValid()) return res.status(400).json({ error: 'invalid', overflow: m.parsingFlags().overflow });
  res.json({ iso: m.toISOString(), unix: m.unix(), quarter: m.quarter(), week: m.isoWeek(), endOfMonth: m.clone().endOf('month').format() });
});
app.get('/duration/:ms', function duration(req, res) {
  var d = moment.duration(Number(req.params.ms));
  res.json({ human: d.humanize(), hours: d.asHours(), parts: [d.days(), d.hours(), d.minutes(), d.seconds()], iso: d.toISOString() });
});
app.get('/diff', function diff(req, res) {
  var a = moment.utc(req.query.a), b = moment.utc(req.query.b);
  res.json({ days: b.diff(a, 'days'), months: b.diff(a, 'months', true), before: a.isBefore(b), same: a.isSame(b, 'year') });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
