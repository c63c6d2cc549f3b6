// DataLoader-style batching: a request's resolvers call load() from many
// places; the loads of one tick become one batched query (process.nextTick),
// team lookups chained after user lookups batch again. A shared user loader
// memoizes across requests until a write clears it.
const express = require('express');
const { Loader } = require('./lib/loader');
const db = require('./lib/db');

const userLoader = new Loader(db.usersByIds);

async function resolveUser(id, teamLoader) {
  const user = await userLoader.load(id);
  return { ...user, team: (await teamLoader.load(user.team)).title };
}

const app = express();
app.use(express.json());

app.get('/users', async (req, res) => {
  const ids = String(req.query.ids ?? '').split(',').filter(Boolean).map(Number);
  const teamLoader = new Loader(db.teamsByIds);
  const results = await Promise.allSettled(ids.map((id) => resolveUser(id, teamLoader)));
  res.json({
    users: results.map((r) => (r.status === 'fulfilled' ? r.value : { error: r.reason.message })),
    queries: db.queries.length,
  });
});

app.get('/users/:id/card', async (req, res) => {
  const teamLoader = new Loader(db.teamsByIds);
  try {
    const user = await userLoader.load(Number(req.params.id));
    res.type('text').send(`${user.name} of ${(await teamLoader.load(user.team)).title} (#${user.id})`);
  } catch (err) {
    res.status(404).type('text').send(err.message);
  }
});

app.post('/users', (req, res) => {
  const id = db.addUser(req.body.name, req.body.team);
  userLoader.clear(id);
  res.status(201).json({ id });
});

app.get('/many', async (req, res) => {
  const values = await userLoader.loadMany([1, 9, 2]);
  res.json(values.map((v) => (v instanceof Error ? v.message : v.name)));
});

app.get('/queries', (req, res) => {
  res.json({ count: db.queries.length, last: db.queries.slice(-3) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
