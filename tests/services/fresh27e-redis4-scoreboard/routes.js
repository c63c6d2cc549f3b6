// A game scoreboard on node-redis 4 with a writer client and a `duplicate()` reader, both
// connected before the server listens: ZADD with GT (best score kept), zRangeWithScores BY
// SCORE REV with LIMIT, a MULTI run with execAsPipeline, a raw `sendCommand`, weekly keys
// with EXPIREAT read back as TTL bounds; in process, the submissions per player and the best
// scores already announced.
import express from 'express';
import { client, reader, PREFIX } from './redis.js';

const k = (...p) => [PREFIX, ...p].join(':');
const submissions = new Map();
const announced = new Set();
const WEEK_END = 4102444800; // 2100-01-01

export const app = express();
app.use(express.json());

app.post('/scores', async (req, res) => {
  const { player, score, level } = req.body;
  submissions.set(player, (submissions.get(player) ?? 0) + 1);
  const [changed, best, , rank] = await client
    .multi()
    .zAdd(k('best'), { score, value: player }, { GT: true, CH: true })
    .zScore(k('best'), player)
    .hSet(k('player', player), { lastLevel: level, lastScore: score })
    .zRevRank(k('best'), player)
    .zIncrBy(k('week'), score, player)
    .expireAt(k('week'), WEEK_END)
    .execAsPipeline();
  let announce = null;
  if (rank === 0 && !announced.has(`${player}:${best}`)) {
    announced.add(`${player}:${best}`);
    announce = `${player} leads with ${best}`;
  }
  res.status(201).json({ improved: changed === 1, best, rank: rank + 1, announce });
});

app.get('/top', async (req, res) => {
  const min = Number(req.query.min ?? 0);
  const rows = await reader.zRangeWithScores(k('best'), '+inf', min, { BY: 'SCORE', REV: true, LIMIT: { offset: 0, count: 3 } });
  res.json(rows.map((r, i) => ({ pos: i + 1, player: r.value, score: r.score, submissions: submissions.get(r.value) ?? 0 })));
});

app.get('/players/:name', async (req, res) => {
  const raw = await reader.sendCommand(['HGETALL', k('player', req.params.name)]);
  if (!raw.length) return res.status(404).json({ error: 'unknown player' });
  const fields = Object.fromEntries(raw.reduce((pairs, v, i) => (i % 2 ? pairs[pairs.length - 1].push(v) : pairs.push([v]), pairs), []));
  const [weekly, ttl] = await Promise.all([reader.zScore(k('week'), req.params.name), reader.ttl(k('week'))]);
  res.json({ ...fields, weekly, weekTtlOk: ttl > 2_000_000_000 / 2 && ttl <= WEEK_END, ready: client.isReady && reader.isReady });
});

app.delete('/players/:name', async (req, res) => {
  const removed = await client.sendCommand(['ZREM', k('best'), req.params.name]);
  await client.del([k('player', req.params.name)]);
  submissions.delete(req.params.name);
  res.json({ removed, submissionsLeft: [...submissions.keys()].sort() });
});

app.get('/announcements', (req, res) => res.json([...announced]));
