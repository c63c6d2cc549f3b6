require('express-async-errors');
const express = require('express');
const board = require('./lib/board');

const app = express();
app.use(express.json());

app.use('/players', require('./routes/players'));
app.use('/scores', require('./routes/scores'));

app.get('/leaderboard', async (req, res) => {
  const n = Math.min(Number(req.query.top) || 3, 10);
  const { cached, entries } = await board.top(n);
  res.set('X-Cache', cached ? 'HIT' : 'MISS').json({ season: board.season(), entries });
});

app.post('/seasons', async (req, res) => {
  res.status(201).json(await board.newSeason());
});

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.status ? err.message : 'internal error' });
});

module.exports = app;
