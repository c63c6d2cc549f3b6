// Profiles in node-redis 4 hashes (client.connect(), hSet/hGetAll/hIncrBy, incr for ids, sets per
// city, a sorted set of visits, multi().exec()) behind an in-memory read-through cache class that
// must stay coherent: visits update the cached copy, a move invalidates it.
'use strict';
const express = require('express');
const profiles = require('./lib/profiles');

if (!process.env.REDIS_URL) console.warn('REDIS_URL is not set: node-redis will try localhost:6379');

const app = express();
app.use(express.json());

const wrap = (fn) => (req, res, next) => fn(req, res).catch(next);

app.post('/profiles', wrap(async (req, res) => {
  res.status(201).json(await profiles.create(req.body));
}));

app.get('/profiles/:id', wrap(async (req, res) => {
  const profile = await profiles.load(req.params.id);
  profile ? res.json(profile) : res.status(404).json({ error: 'no such profile' });
}));

app.post('/profiles/:id/visit', wrap(async (req, res) => {
  res.json({ visits: await profiles.visit(req.params.id) });
}));

app.put('/profiles/:id/city', wrap(async (req, res) => {
  const moved = await profiles.move(req.params.id, req.body.city);
  moved ? res.json(moved) : res.sendStatus(404);
}));

app.get('/cities/:city', wrap(async (req, res) => res.json(await profiles.inCity(req.params.city))));
app.get('/popular', wrap(async (req, res) => res.json(await profiles.popular(Number(req.query.n ?? 2)))));
app.get('/cache', (req, res) => res.json({ size: profiles.cache.size, ...profiles.cache.stats }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
