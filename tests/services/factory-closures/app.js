// State in closures made by factories at the top level, no class in sight: a counter
// service object, an id maker, and a debounced flusher with timers kept in a Map.
const express = require('express');

function createScoreboard() {
  let total = 0;
  const byPlayer = Object.create(null);
  return {
    score(player, points) {
      byPlayer[player] = (byPlayer[player] || 0) + points;
      total += points;
      return byPlayer[player];
    },
    top(n) {
      return Object.entries(byPlayer).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, n);
    },
    get total() { return total; },
  };
}

const makeIds = (prefix) => { let n = 0; return () => `${prefix}-${(++n).toString().padStart(3, '0')}`; };

function debounced(fn, ms) {
  const timers = new Map();
  return (key, value) => {
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => { timers.delete(key); fn(key, value); }, ms));
    return timers.size;
  };
}

const board = createScoreboard();
const nextGame = makeIds('game');
const saved = [];
const save = debounced((key, value) => saved.push(`${key}:${value}`), 150);

const app = express();
app.use(express.json());

app.post('/games', (req, res) => res.status(201).json({ id: nextGame() }));
app.post('/score', (req, res) => {
  const { player, points = 1 } = req.body;
  const now = board.score(player, points);
  res.json({ player, now, total: board.total, pending: save(player, now) });
});
app.get('/top/:n', (req, res) => res.json(board.top(Number(req.params.n))));
app.get('/saved', (req, res) => res.json(saved));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
