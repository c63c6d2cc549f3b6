// luxon 3: a meeting planner across time zones. Settings set in main (default zone and locale),
// DateTime objects kept in the service's state, zone conversion, a daylight saving change, an
// Interval per week, Durations, relative formatting against a fixed "now" passed in the request.
const express = require('express');
const { DateTime, Duration, Interval, Settings, Info } = require('luxon');

Settings.defaultZone = 'utc';
Settings.defaultLocale = 'en-GB';

const meetings = [];
const ANCHOR = DateTime.fromISO('2025-03-01T00:00:00Z');

const app = express();
app.use(express.json());

function show(m, zone) {
  const start = zone ? m.start.setZone(zone) : m.start;
  return {
    id: m.id,
    title: m.title,
    start: start.toISO(),
    local: start.toFormat('ccc d LLL HH:mm ZZZZ'),
    ends: start.plus(m.length).toFormat('HH:mm'),
    length: m.length.shiftTo('hours', 'minutes').toHuman(),
    week: start.weekNumber,
  };
}

app.post('/meetings', (req, res) => {
  const start = DateTime.fromISO(req.body.start, { zone: req.body.zone || 'utc' });
  if (!start.isValid) return res.status(400).json({ error: start.invalidReason, explanation: start.invalidExplanation });
  if (!Info.isValidIANAZone(req.body.zone || 'utc')) return res.status(400).json({ error: 'bad zone' });
  const meeting = { id: meetings.length + 1, title: req.body.title, start, length: Duration.fromObject({ minutes: req.body.minutes }) };
  meetings.push(meeting);
  res.status(201).json(show(meeting));
});

app.get('/meetings/:id', (req, res) => {
  const m = meetings[Number(req.params.id) - 1];
  if (!m) return res.status(404).json({ error: 'no meeting' });
  res.json(show(m, req.query.zone));
});

app.post('/meetings/:id/repeat', (req, res) => {
  const m = meetings[Number(req.params.id) - 1];
  const times = Number(req.body.times);
  const copies = [];
  for (let i = 1; i <= times; i += 1) {
    const start = m.start.plus({ days: i * req.body.everyDays });
    const copy = { id: meetings.length + 1, title: `${m.title} #${i + 1}`, start, length: m.length };
    meetings.push(copy);
    copies.push(show(copy));
  }
  res.json(copies);
});

app.get('/week/:date', (req, res) => {
  const from = DateTime.fromISO(req.params.date).startOf('week');
  const week = Interval.after(from, { weeks: 1 });
  const inside = meetings.filter((m) => week.contains(m.start)).sort((a, b) => a.start.toMillis() - b.start.toMillis());
  const byDay = {};
  for (const m of inside) {
    const day = m.start.toFormat('cccc');
    (byDay[day] = byDay[day] || []).push(m.title);
  }
  const busy = inside.reduce((d, m) => d.plus(m.length), Duration.fromMillis(0));
  res.json({ week: week.toISODate(), byDay, busy: busy.shiftTo('hours', 'minutes').toObject(), days: week.count('days') });
});

app.get('/until/:id', (req, res) => {
  const m = meetings[Number(req.params.id) - 1];
  const now = DateTime.fromISO(req.query.now);
  res.json({
    relative: m.start.toRelative({ base: now }),
    calendar: m.start.toRelativeCalendar({ base: now }),
    diff: m.start.diff(now, ['days', 'hours']).toObject(),
    sinceAnchor: Math.round(m.start.diff(ANCHOR, 'days').days),
  });
});

app.get('/zones', (req, res) => {
  res.json({
    default: Settings.defaultZone.name,
    locale: Settings.defaultLocale,
    months: Info.months('short'),
    offsets: ['America/New_York', 'Europe/Paris', 'Asia/Kolkata'].map((zone) => DateTime.fromISO('2025-07-01T12:00:00Z').setZone(zone).toFormat('ZZ')),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
