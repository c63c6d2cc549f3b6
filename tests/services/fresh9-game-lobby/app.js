// Game lobbies: an EventEmitter subclass whose constructor registers listeners (a private
// method, an arrow, a once) that change the instance; routes call methods that emit; a
// leaderboard module listens on each lobby and can be detached by the function it returned.
const express = require('express');
const Lobby = require('./lib/lobby');
const { track, boards } = require('./lib/leaderboard');

const app = express();
app.use(express.json());

const lobbies = new Map([
  ['casual', new Lobby('casual', { size: 3 })],
  ['ranked', new Lobby('ranked', { size: 2 })],
]);
const untrack = {};
for (const lobby of lobbies.values()) untrack[lobby.name] = track(lobby);

app.param('lobby', (req, res, next, name) => {
  req.lobby = lobbies.get(name);
  if (!req.lobby) return res.status(404).json({ error: `no lobby ${name}` });
  next();
});

app.post('/lobbies/:lobby/players', (req, res, next) => {
  try {
    const added = req.lobby.join(req.body.player, req.body.skill);
    res.status(added ? 201 : 200).json({ players: [...req.lobby.players.keys()] });
  } catch (err) {
    next(err);
  }
});

app.post('/lobbies/:lobby/players/:player/ready', (req, res) => {
  const p = req.lobby.ready(req.params.player);
  p ? res.json({ ...p, round: req.lobby.round }) : res.status(404).json({ error: 'not in lobby' });
});

app.delete('/lobbies/:lobby/players/:player', (req, res) => {
  req.lobby.emit('leave', req.params.player);
  res.status(204).end();
});

app.post('/lobbies/:lobby/untrack', (req, res) => {
  untrack[req.params.lobby]?.();
  delete untrack[req.params.lobby];
  res.json({ tracked: Object.keys(untrack), listeners: req.lobby.listenerCount('start') });
});

app.get('/lobbies/:lobby', (req, res) => {
  const { name, size, round, log } = req.lobby;
  res.json({ name, size, round, log, players: Object.fromEntries(req.lobby.players), board: boards[name] });
});

app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
