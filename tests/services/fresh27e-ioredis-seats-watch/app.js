// Seat booking on ioredis: a booking WATCHes the show's seat hash, reads it, and books in a
// MULTI that EXEC answers null for when the hash changed (retried up to 3 times); holds are
// taken by a Lua command registered with `defineCommand` (HSETNX + SET PX in one step); in
// process, the retries counted and the last bookings per show.
const express = require('express');
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL, { keyPrefix: 'fresh27e-ioredis-seats-watch:' });
redis.on('error', (err) => console.error('[redis]', err.message));

redis.defineCommand('holdSeat', {
  numberOfKeys: 2,
  lua: `
    if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 0 end
    if redis.call('SET', KEYS[2], ARGV[2], 'NX', 'PX', ARGV[3]) == false then return -1 end
    return 1
  `,
});

const stats = { retries: 0, conflicts: 0, booked: 0 };
const lastBookings = new Map();

const app = express();
app.use(express.json());

app.post('/shows/:show', async (req, res) => {
  const seats = {};
  for (const s of req.body.seats) seats[s] = 'free';
  await redis.hset(`show:${req.params.show}`, seats);
  res.status(201).json({ show: req.params.show, seats: req.body.seats.length });
});

app.post('/shows/:show/hold', async (req, res) => {
  const { seat, user } = req.body;
  const r = await redis.holdSeat(`booked:${req.params.show}`, `hold:${req.params.show}:${seat}`, seat, user, 60000);
  res.status(r === 1 ? 201 : 409).json({ seat, held: r === 1, reason: r === 0 ? 'booked' : r === -1 ? 'held' : null });
});

async function book(show, seat, user) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await redis.watch(`show:${show}`);
    const state = await redis.hget(`show:${show}`, seat);
    if (state !== 'free') {
      await redis.unwatch();
      return { ok: false, reason: state === null ? 'no such seat' : `taken by ${state}` };
    }
    const result = await redis.multi().hset(`show:${show}`, seat, user).hset(`booked:${show}`, seat, user).exec();
    if (result !== null) return { ok: true, attempt };
    stats.retries++;
  }
  stats.conflicts++;
  return { ok: false, reason: 'conflict' };
}

app.post('/shows/:show/book', async (req, res, next) => {
  try {
    const out = await book(req.params.show, req.body.seat, req.body.user);
    if (out.ok) {
      stats.booked++;
      const list = lastBookings.get(req.params.show) ?? [];
      list.push(`${req.body.seat}:${req.body.user}`);
      lastBookings.set(req.params.show, list.slice(-2));
    }
    res.status(out.ok ? 201 : 409).json(out);
  } catch (err) {
    next(err);
  }
});

app.get('/shows/:show', async (req, res) => {
  const [seats, booked] = await Promise.all([redis.hgetall(`show:${req.params.show}`), redis.hgetall(`booked:${req.params.show}`)]);
  res.json({ seats, booked, last: lastBookings.get(req.params.show) ?? [], stats });
});

app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

app.listen(process.env.PORT ?? 3000);
