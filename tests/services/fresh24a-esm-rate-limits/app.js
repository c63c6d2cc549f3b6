// Rate limits as an Express 5 developer writes them: a limiter class with private counters whose
// `middleware()` returns an async arrow that throws a 429 (Express 5 forwards it), two instances
// registered in a static list, an async `app.router.param` loader counting lookups, and an async
// error middleware counting errors by status.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { SlidingLimiter } from './lib/limiter.js';

const app = express();
const limiter = new SlidingLimiter({ limit: 3 });
const strict = new SlidingLimiter();
const lookups = new Map();
const users = new Map([['u1', { id: 'u1', name: 'Ada', karma: 0 }], ['u2', { id: 'u2', name: 'Bob', karma: 0 }]]);
const errorsByStatus = {};

app.router.param('user', async (req, res, next, id) => {
  await null;
  lookups.set(id, (lookups.get(id) ?? 0) + 1);
  const user = users.get(id);
  if (!user) throw Object.assign(new Error(`no user ${id}`), { status: 404 });
  req.user = user;
  next();
});

app.use('/api', limiter.middleware());
app.post('/api/users/:user/karma', strict.middleware(), async (req, res) => {
  req.user.karma += 1;
  await new Promise((r) => setImmediate(r));
  res.json({ ...req.user, lookups: lookups.get(req.user.id) });
});
app.get('/api/users/:user', (req, res) => res.json(req.user));
app.get('/stats', (req, res) => res.json({ limiter: limiter.stats, strict: strict.stats, instances: SlidingLimiter.instances.length, errorsByStatus, lookups: Object.fromEntries(lookups) }));

app.use(async (err, req, res, next) => {
  await null;
  errorsByStatus[err.status ?? 500] = (errorsByStatus[err.status ?? 500] ?? 0) + 1;
  res.status(err.status ?? 500).json({ error: err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
