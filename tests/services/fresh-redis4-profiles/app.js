// Profiles in node-redis 4 hashes: hSet with an object, hGetAll, hIncrBy,
// hIncrByFloat, hDel, hExists, hLen; an index of ids in a set; async/await
// handlers wrapped by an asyncHandler helper that forwards rejections to next.
const express = require('express');
const { createClient } = require('redis');

const client = createClient({ url: process.env.REDIS_URL });
client.on('error', (err) => console.error('redis', err.message));
client.connect();

const key = (id) => `fresh-redis4-profiles:user:${id}`;
const INDEX = 'fresh-redis4-profiles:ids';

const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

const app = express();
app.use(express.json());

app.put('/profiles/:id', asyncHandler(async (req, res) => {
  const { name, city = 'unknown' } = req.body;
  const created = await client.sAdd(INDEX, req.params.id);
  await client.hSet(key(req.params.id), { name, city, logins: 0, score: '1.5' });
  res.status(created ? 201 : 200).json({ created: created === 1 });
}));

app.get('/profiles/:id', asyncHandler(async (req, res) => {
  const profile = await client.hGetAll(key(req.params.id));
  if (Object.keys(profile).length === 0) return res.status(404).json({ error: 'no profile' });
  res.json({ ...profile, fields: await client.hLen(key(req.params.id)) });
}));

app.post('/profiles/:id/login', asyncHandler(async (req, res) => {
  if (!(await client.hExists(key(req.params.id), 'name'))) return res.sendStatus(404);
  const logins = await client.hIncrBy(key(req.params.id), 'logins', 1);
  const score = await client.hIncrByFloat(key(req.params.id), 'score', 0.25);
  res.json({ logins, score, types: [typeof logins, typeof score] });
}));

app.delete('/profiles/:id/:field', asyncHandler(async (req, res) => {
  const removed = await client.hDel(key(req.params.id), req.params.field);
  res.json({ removed });
}));

app.get('/profiles', asyncHandler(async (req, res) => {
  const ids = (await client.sMembers(INDEX)).sort();
  const names = await Promise.all(ids.map((id) => client.hGet(key(id), 'name')));
  res.json(ids.map((id, i) => ({ id, name: names[i] ?? null })));
}));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
