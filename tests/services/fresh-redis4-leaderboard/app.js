// A game leaderboard on a node-redis 4 sorted set: zAdd with {score, value},
// zIncrBy, zRangeWithScores with REV and LIMIT (BY SCORE), zRank/zRevRank, zScore,
// zCount, zRem; top-level async startup with a ready promise awaited by handlers.
const express = require('express');
const redis = require('redis');

const BOARD = 'fresh-redis4-leaderboard:board';
const client = redis.createClient({ url: process.env.REDIS_URL });
const ready = client.connect();

const app = express();
app.use(express.json());

app.use(async (req, res, next) => {
  await ready;
  next();
});

app.post('/scores', async (req, res) => {
  const entries = req.body.map(({ player, score }) => ({ score, value: player }));
  const added = await client.zAdd(BOARD, entries);
  res.json({ added, players: await client.zCard(BOARD) });
});

app.post('/scores/:player/:points', async (req, res) => {
  const score = await client.zIncrBy(BOARD, Number(req.params.points), req.params.player);
  const rank = await client.zRevRank(BOARD, req.params.player);
  res.json({ player: req.params.player, score, rank: rank + 1 });
});

app.get('/top/:n', async (req, res) => {
  const top = await client.zRangeWithScores(BOARD, 0, Number(req.params.n) - 1, { REV: true });
  res.json(top.map(({ value, score }, i) => ({ place: i + 1, player: value, score })));
});

app.get('/between/:min/:max', async (req, res) => {
  const players = await client.zRange(BOARD, req.params.max, req.params.min, {
    BY: 'SCORE', REV: true, LIMIT: { offset: 0, count: 3 },
  });
  const count = await client.zCount(BOARD, req.params.min, req.params.max);
  res.json({ count, firstThree: players });
});

app.get('/players/:player', async (req, res) => {
  const [score, rank] = await Promise.all([
    client.zScore(BOARD, req.params.player),
    client.zRank(BOARD, req.params.player),
  ]);
  if (score === null) return res.status(404).json({ error: 'unknown player' });
  res.json({ score, ascendingRank: rank });
});

app.delete('/players/:player', async (req, res) => {
  res.json({ removed: await client.zRem(BOARD, req.params.player) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
