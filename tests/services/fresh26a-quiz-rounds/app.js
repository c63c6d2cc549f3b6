// A quiz game: games with players, rounds closed either when everyone answered or by a per-round timer
// (a private field holding the timeout), scores with speed and streak bonuses, ties sharing a rank.
const express = require('express');
const { Game, GameError } = require('./lib/game');
const { history } = require('./lib/registry');

const app = express();
app.use(express.json());
app.use('/games', require('./routes/games'));
app.get('/history', (req, res) => res.json({ games: Game.count, rounds: history }));

app.use((err, req, res, next) => {
  const status = err instanceof GameError ? err.status : 500;
  res.status(status).json({ error: status === 500 ? 'oops' : err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
