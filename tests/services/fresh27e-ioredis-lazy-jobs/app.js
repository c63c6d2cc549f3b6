// A small job queue on ioredis with `lazyConnect` (connected by `await redis.connect()` before
// listening, `maxRetriesPerRequest: null` as queue libraries ask): ids from INCR, jobs in hashes
// with their payload as JSON, a waiting list moved to an active one with LMOVE, results kept
// under SET EX NX, the array form of multi(); in process, the handlers by job type (a Map) and
// what each worker call processed.
const express = require('express');
const Redis = require('ioredis');

const K = 'fresh27e-ioredis-lazy-jobs';
const redis = new Redis(process.env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: null, enableReadyCheck: true });
redis.on('error', (err) => console.error('[redis]', err.message));

const handlers = new Map([
  ['resize', (data) => ({ width: Math.round(data.width / 2), height: Math.round(data.height / 2) })],
  ['email', (data) => ({ sentTo: data.to.toLowerCase() })],
]);
const processed = { total: 0, byType: {}, failures: [] };

const app = express();
app.use(express.json());

app.post('/jobs', async (req, res) => {
  const { type, data } = req.body;
  if (!handlers.has(type)) return res.status(400).json({ error: `no handler for ${type}` });
  const id = await redis.incr(`${K}:job:seq`);
  await redis
    .multi([
      ['hset', `${K}:job:${id}`, 'type', type, 'data', JSON.stringify(data), 'state', 'waiting', 'attempts', '0'],
      ['lpush', `${K}:waiting`, String(id)],
    ])
    .exec();
  res.status(202).json({ id, queued: await redis.llen(`${K}:waiting`) });
});

app.post('/work', async (req, res) => {
  const max = Number(req.query.max ?? 1);
  const done = [];
  for (let i = 0; i < max; i++) {
    const id = await redis.lmove(`${K}:waiting`, `${K}:active`, 'RIGHT', 'LEFT');
    if (id === null) break;
    const job = await redis.hgetall(`${K}:job:${id}`);
    const attempts = await redis.hincrby(`${K}:job:${id}`, 'attempts', 1);
    let state;
    try {
      const result = handlers.get(job.type)(JSON.parse(job.data));
      const stored = await redis.set(`${K}:result:${id}`, JSON.stringify(result), 'EX', 600, 'NX');
      state = stored === 'OK' ? 'done' : 'duplicate';
      processed.byType[job.type] = (processed.byType[job.type] ?? 0) + 1;
    } catch (err) {
      state = attempts >= 2 ? 'failed' : 'waiting';
      processed.failures.push({ id, error: err.message, attempts });
    }
    const pipe = redis.pipeline().hset(`${K}:job:${id}`, 'state', state).lrem(`${K}:active`, 1, id);
    if (state === 'waiting') pipe.lpush(`${K}:waiting`, id);
    await pipe.exec();
    processed.total++;
    done.push({ id: Number(id), state });
  }
  res.json({ done, left: await redis.llen(`${K}:waiting`) });
});

app.get('/jobs/:id', async (req, res) => {
  const [[, job], [, result], [, ttl]] = await redis
    .pipeline()
    .hgetall(`${K}:job:${req.params.id}`)
    .get(`${K}:result:${req.params.id}`)
    .ttl(`${K}:result:${req.params.id}`)
    .exec();
  if (!job.type) return res.status(404).json({ error: 'no such job' });
  res.json({ ...job, data: JSON.parse(job.data), attempts: Number(job.attempts), result: result && JSON.parse(result), resultTtlOk: result ? ttl > 500 && ttl <= 600 : null });
});

app.get('/health', async (req, res) => {
  res.json({ status: redis.status, ping: await redis.ping(), processed });
});

app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

async function start() {
  await redis.connect();
  app.listen(process.env.PORT ?? 3000, () => console.log('jobs api ready'));
}
start();
