// Page analytics on ioredis: page views buffered in process and flushed with a pipeline of
// HINCRBY every 3 views, unique visitors per page in HyperLogLogs (PFADD/PFCOUNT/PFMERGE),
// daily active users as bitmaps (SETBIT by user number, BITCOUNT, BITOP OR), user numbers
// handed out by a hash + INCR; a local Map remembers the user numbers already looked up.
const express = require('express');
const redis = require('./lib/redis');
const buffer = require('./lib/buffer');
const day = require('./lib/day');

const userNumbers = new Map();

async function numberOf(user) {
  if (userNumbers.has(user)) return userNumbers.get(user);
  let n = await redis.hget('user-numbers', user);
  if (n === null) {
    const next = await redis.incr('user-seq');
    const set = await redis.hsetnx('user-numbers', user, next);
    n = set ? next : await redis.hget('user-numbers', user);
  }
  userNumbers.set(user, Number(n));
  return Number(n);
}

const app = express();
app.use(express.json());

app.post('/track', async (req, res) => {
  const { page, user } = req.body;
  const n = await numberOf(user);
  const [[, fresh]] = await redis.multi().pfadd(`uniques:${page}`, user).setbit(`active:${day.current}`, n, 1).exec();
  const flushed = await buffer.add(page);
  res.json({ page, userNo: n, newVisitor: fresh === 1, flushed, buffered: buffer.size });
});

app.post('/flush', async (req, res) => {
  res.json(await buffer.flush());
});

app.post('/day/next', (req, res) => {
  res.json({ day: day.next() });
});

app.get('/pages/:page', async (req, res) => {
  const [views, uniques] = await Promise.all([redis.hget('views', req.params.page), redis.pfcount(`uniques:${req.params.page}`)]);
  res.json({ page: req.params.page, views: Number(views ?? 0), unflushed: buffer.pending.get(req.params.page) ?? 0, uniques });
});

app.get('/active', async (req, res) => {
  const days = Array.from({ length: day.current }, (_, i) => `active:${i + 1}`);
  const perDay = await Promise.all(days.map((k) => redis.bitcount(k)));
  await redis.bitop('OR', 'active:any', ...days);
  await redis.pfmerge('uniques:all', 'uniques:home', 'uniques:pricing', 'uniques:docs');
  res.json({ perDay, ever: await redis.bitcount('active:any'), uniques: await redis.pfcount('uniques:all'), cached: userNumbers.size, flushes: buffer.flushes });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 3000);
