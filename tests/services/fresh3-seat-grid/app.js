// Seat booking on nested arrays changed in place (fill, splice, copyWithin,
// sort, reverse), holds in a Map whose values are changed while iterating
// entries(), a waitlist sorted and reversed in place, and a view built with
// map/join.
const express = require('express');
const venue = require('./venue');

const app = express();
app.use(express.json());

const show = () => venue.grid.map((row) => row.join(''));

app.get('/seats', (req, res) => res.json(show()));

app.post('/holds', (req, res) => {
  const { holder, row, from, count } = req.body;
  const seats = venue.hold(holder, row, from, count);
  if (!seats) {
    venue.waitlist.push({ holder, count });
    return res.status(409).json({ error: 'seats taken', waitlisted: venue.waitlist.length });
  }
  res.status(201).json({ holder, seats });
});

app.post('/holds/:holder/confirm', (req, res) => {
  res.status(venue.confirm(req.params.holder) ? 200 : 404).json({ seats: show() });
});

app.post('/tick', (req, res) => {
  const expired = venue.tick();
  res.json({ expired, holds: Object.fromEntries([...venue.holds].map(([k, v]) => [k, v.ttl])) });
});

app.post('/rows/:row/shift', (req, res) => {
  const { target, start, end } = req.body;
  venue.shift(Number(req.params.row), target, start, end);
  res.json(show());
});

app.get('/waitlist', (req, res) => {
  const order = req.query.order ?? 'size';
  venue.waitlist.sort((a, b) => a.count - b.count || a.holder.localeCompare(b.holder));
  if (order === 'desc') venue.waitlist.reverse();
  res.json(venue.waitlist);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
