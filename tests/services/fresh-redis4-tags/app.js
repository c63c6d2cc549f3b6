// Article tags with node-redis 4 sets: sAdd/sRem with arrays, sIsMember (boolean
// in node-redis 4), sCard, sInter and sUnion across articles, sMIsMember; an
// in-memory cache of tag counts invalidated on writes.
const express = require('express');
const { createClient } = require('redis');

const client = createClient({ url: process.env.REDIS_URL });
client.connect().catch((err) => console.error(err));
const tagsOf = (id) => `fresh-redis4-tags:article:${id}`;

let countsCache = null;
let cacheBuilds = 0;

async function tagCounts(ids) {
  if (countsCache) return countsCache;
  cacheBuilds++;
  const counts = {};
  for (const id of ids) {
    for (const tag of await client.sMembers(tagsOf(id))) counts[tag] = (counts[tag] ?? 0) + 1;
  }
  countsCache = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  return countsCache;
}

const app = express();
app.use(express.json());

app.post('/articles/:id/tags', async (req, res, next) => {
  try {
    const added = await client.sAdd(tagsOf(req.params.id), req.body.tags);
    countsCache = null;
    res.json({ added, total: await client.sCard(tagsOf(req.params.id)) });
  } catch (err) {
    next(err);
  }
});

app.delete('/articles/:id/tags/:tag', async (req, res) => {
  const removed = await client.sRem(tagsOf(req.params.id), [req.params.tag]);
  if (removed) countsCache = null;
  res.json({ removed });
});

app.get('/articles/:id/has/:tag', async (req, res) => {
  res.json({ has: await client.sIsMember(tagsOf(req.params.id), req.params.tag) });
});

app.get('/articles/:id/check', async (req, res) => {
  const tags = String(req.query.tags ?? '').split(',');
  const flags = await client.smIsMember(tagsOf(req.params.id), tags);
  res.json(Object.fromEntries(tags.map((t, i) => [t, flags[i]])));
});

app.get('/common/:a/:b', async (req, res) => {
  const [both, either] = await Promise.all([
    client.sInter([tagsOf(req.params.a), tagsOf(req.params.b)]),
    client.sUnion([tagsOf(req.params.a), tagsOf(req.params.b)]),
  ]);
  res.json({ both: both.sort(), either: either.sort() });
});

app.get('/counts', async (req, res) => {
  res.json({ counts: await tagCounts(['1', '2', '3']), builds: cacheBuilds });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
