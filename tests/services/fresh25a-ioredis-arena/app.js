// An arena's scores on ioredis: ZADD/ZINCRBY into a sorted set per mode, ZREVRANGE
// WITHSCORES pairs folded into rows, ZREVRANK/ZSCORE in a pipeline, ZUNIONSTORE for an
// overall board; in process, a "last seen" Map (the match number a player last played in)
// and streaks kept by the handlers.
const express = require('express');
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL, { keyPrefix: 'fresh25a-ioredis-arena:', lazyConnect: false });
redis.on('error', (err) => console.error('ioredis:', err.message));

const MODES = new Set(['duel', 'team']);
const lastSeen = new Map();
const streaks = {};
let matchNo = 0;

const app = express();
app.use(express.json());

const toRows = (flat) => {
  const rows = [];
  for (let i = 0; i < flat.length; i += 2) rows.push({ player: flat[i], score: Number(flat[i + 1]) });
  return rows;
};

app.param('mode', (req, res, next, mode) => {
  if (!MODES.has(mode)) return res.status(404).json({ error: `unknown mode ${mode}` });
  req.board = `board:${mode}`;
  next();
});

app.post('/:mode/matches', async (req, res, next) => {
  try {
    const { winner, loser, points = 10 } = req.body;
    matchNo += 1;
    const results = await redis
      .multi()
      .zincrby(req.board, points, winner)
      .zadd(req.board, 'NX', 0, loser)
      .hincrby('matches', req.params.mode, 1)
      .exec();
    for (const p of [winner, loser]) lastSeen.set(p, matchNo);
    streaks[winner] = (streaks[winner] ?? 0) + 1;
    streaks[loser] = 0;
    res.status(201).json({ match: matchNo, winnerScore: Number(results[0][1]), newLoser: results[1][1] === 1 });
  } catch (err) {
    next(err);
  }
});

app.get('/:mode/top', async (req, res) => {
  const n = Number(req.query.n ?? 3);
  const flat = await redis.zrevrange(req.board, 0, n - 1, 'WITHSCORES');
  res.json(toRows(flat).map((row, i) => ({ rank: i + 1, ...row, lastSeen: lastSeen.get(row.player) ?? null })));
});

app.get('/players/:name', async (req, res) => {
  const name = req.params.name;
  const pipe = redis.pipeline();
  for (const mode of MODES) pipe.zscore(`board:${mode}`, name).zrevrank(`board:${mode}`, name);
  const replies = await pipe.exec();
  const modes = {};
  [...MODES].forEach((mode, i) => {
    const [[, score], [, rank]] = replies.slice(i * 2, i * 2 + 2);
    if (score !== null) modes[mode] = { score: Number(score), rank: rank + 1 };
  });
  if (!Object.keys(modes).length) return res.status(404).json({ error: 'no such player' });
  res.json({ name, modes, streak: streaks[name] ?? 0, lastSeen: lastSeen.get(name) });
});

app.post('/overall', async (req, res) => {
  const size = await redis.zunionstore('board:overall', MODES.size, ...[...MODES].map((m) => `board:${m}`), 'WEIGHTS', 1, 2);
  const flat = await redis.zrevrange('board:overall', 0, -1, 'WITHSCORES');
  res.json({ size, rows: toRows(flat) });
});

app.get('/stats', async (req, res) => {
  const matches = await redis.hgetall('matches');
  res.json({
    matchNo,
    matches: Object.fromEntries(Object.entries(matches).map(([k, v]) => [k, Number(v)])),
    seen: [...lastSeen.keys()].sort(),
    hot: Object.entries(streaks).filter(([, s]) => s >= 2).map(([p]) => p).sort(),
  });
});

app.delete('/players/:name', async (req, res) => {
  const removed = await redis.pipeline().zrem('board:duel', req.params.name).zrem('board:team', req.params.name).exec();
  lastSeen.delete(req.params.name);
  delete streaks[req.params.name];
  res.json({ removed: removed.reduce((n, [, r]) => n + r, 0) });
});

app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
