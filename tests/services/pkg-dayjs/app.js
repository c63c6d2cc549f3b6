// dayjs 1.11 from node_modules, with plugins required by subpath
// (dayjs/plugin/utc, dayjs/plugin/relativeTime): a booking calendar in UTC.
var express = require('express');
var dayjs = require('dayjs');
var utc = require('dayjs/plugin/utc');
var relativeTime = require('dayjs/plugin/relativeTime');
dayjs.extend(utc);
dayjs.extend(relativeTime);
var app = express();
app.use(express.json());

var bookings = [];

app.post('/bookings', function book(req, res) {
  var start = dayjs.utc(req.body.start);
  if (!start.isValid()) return res.status(400).json({ error: 'bad date ' + req.body.start });
  var end = start.add(req.body.nights || 1, 'day');
  var clash = bookings.find(function (b) { return start.isBefore(b.end) && end.isAfter(b.start); });
  if (clash) return res.status(409).json({ error: 'taken', by: clash.guest });
  bookings.push({ guest: req.body.guest, start: start.toISOString(), end: end.toISOString() });
  res.status(201).json({ from: start.format('dddd D MMMM YYYY'), to: end.format('YYYY-MM-DD'), nights: end.diff(start, 'day') });
});

app.get('/bookings', function list(req, res) {
  res.json(bookings.map(function (b) {
    var s = dayjs.utc(b.start);
    return { guest: b.guest, week: s.startOf('week').format('YYYY-MM-DD'), month: s.format('MMM'),
             length: dayjs.utc(b.end).from(s, true), unix: s.unix() };
  }));
});

app.get('/span', function span(req, res) {
  var a = dayjs.utc(req.query.a), b = dayjs.utc(req.query.b);
  res.json({ days: b.diff(a, 'day'), months: b.diff(a, 'month', true), hours: b.diff(a, 'hour'),
             relative: a.from(b), endOfMonth: a.endOf('month').toISOString(), weekday: a.day(), valid: a.isValid() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
