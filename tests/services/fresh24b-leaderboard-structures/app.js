'use strict';
const express = require('express');
const players = require('./src/players');
const board = require('./src/leaderboard');

const app = express();
app.use(express.json());

app.post('/players', (req, res) => {
  const player = players.register(req.body.handle, req.body.team);
  if (!player) return res.status(409).json({ error: 'handle taken' });
  res.status(201).json(player);
});

app.patch('/players/:id', (req, res) => {
  const renamed = players.rename(req.params.id, req.body.handle);
  if (!renamed) return res.status(409).json({ error: 'cannot rename' });
  res.json(renamed);
});

app.get('/players/search', (req, res) => res.json(players.search(req.query.q || '')));
app.get('/teams/:team', (req, res) => res.json(players.teamOf(req.params.team)));

app.post('/matches', (req, res) => {
  const { winner, loser } = req.body;
  if (!players.handleOf(winner) || !players.handleOf(loser)) return res.status(400).json({ error: 'unknown player' });
  res.status(201).json({ delta: board.recordMatch(winner, loser) });
});

app.get('/leaderboard', (req, res) => res.json(board.top(Number(req.query.top) || 3)));
app.get('/players/:id/profile', (req, res) => res.json(board.profile(req.params.id)));
app.get('/feed', (req, res) => res.json(board.recentFeed()));
app.get('/debug', (req, res) => res.json({
  profileBuilds: board.stats.profileBuilds,
  cachedProfiles: [...board.profiles.keys()],
  handles: players.handles.size,
  teams: players.teams.dimension,
}));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
