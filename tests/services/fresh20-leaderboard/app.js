// A game leaderboard: players kept as an array of objects mutated in place and re-ranked on every
// write (dense ranks, ties sharing a rank), a singleton Board exported as `module.exports = new Board()`
// with class fields, per-season boards in a Map made by a factory whose closure keeps a history of
// rank changes, and a "biggest climber" read back with `at(-1)`.
'use strict';
const express = require('express');
const board = require('./lib/board');
const makeSeason = require('./lib/season');

const app = express();
app.use(express.json());

const seasons = new Map();
const season = (name) => seasons.get(name) ?? seasons.set(name, makeSeason(name)).get(name);

app.post('/scores', (req, res) => {
  const { player, points, season: name = 'default' } = req.body ?? {};
  if (!player || !Number.isInteger(points)) return res.status(400).json({ error: 'player and integer points' });
  const entry = board.add(player, points);
  season(name).record(player, entry.rank);
  res.status(201).json(entry);
});

app.get('/leaderboard', (req, res) => {
  const limit = Number(req.query.limit ?? 10);
  res.json({ writes: board.writes, top: board.top(limit) });
});

app.get('/players/:name', (req, res) => {
  const player = board.find(req.params.name);
  if (!player) return res.status(404).json({ error: 'unknown player' });
  const { neighbors } = board.around(player.name);
  res.json({ ...player, neighbors });
});

app.get('/seasons/:name/climbers', (req, res) => {
  const s = seasons.get(req.params.name);
  if (!s) return res.status(404).json({ error: 'no season' });
  res.json(s.summary());
});

app.delete('/players/:name', (req, res) => {
  res.json({ removed: board.remove(req.params.name), top: board.top(3) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
