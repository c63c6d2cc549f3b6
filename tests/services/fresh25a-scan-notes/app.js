// Notes on node-redis 4, looked through with its scan iterators as its README shows them:
// `for await (const key of client.scanIterator({ MATCH, COUNT }))` over the notes' keys
// (with a `break` after a limit), sScanIterator over a note's tags, hScanIterator over
// a hash of tag counts and zScanIterator over views. In process: searches counted by
// pattern and the last report kept to answer "changed since".
const express = require('express');
const { createClient } = require('redis');

const P = 'fresh25a-scan-notes:';
const client = createClient({ url: process.env.REDIS_URL });
client.on('error', (err) => console.log('Redis Client Error', err));
client.connect();

const searches = new Map();
let lastReport = null;

const app = express();
app.use(express.json());

app.post('/notes', async (req, res) => {
  const { title, tags = [] } = req.body;
  const id = await client.incr(`${P}seq`);
  const multi = client.multi().hSet(`${P}note:${id}`, { title });
  if (tags.length) multi.sAdd(`${P}note:${id}:tags`, tags);
  for (const tag of tags) multi.hIncrBy(`${P}tag-counts`, tag, 1);
  await multi.exec();
  res.status(201).json({ id });
});

app.get('/notes/:id', async (req, res) => {
  const note = await client.hGetAll(`${P}note:${req.params.id}`);
  if (!note.title) return res.status(404).json({ error: 'no such note' });
  await client.zIncrBy(`${P}views`, 1, req.params.id);
  const tags = [];
  for await (const tag of client.sScanIterator(`${P}note:${req.params.id}:tags`)) tags.push(tag);
  res.json({ id: Number(req.params.id), title: note.title, tags: tags.sort() });
});

app.get('/search', async (req, res) => {
  const pattern = `${P}note:${req.query.prefix ?? ''}*`;
  const limit = Number(req.query.limit ?? 100);
  searches.set(pattern, (searches.get(pattern) ?? 0) + 1);
  const ids = [];
  for await (const key of client.scanIterator({ MATCH: pattern, COUNT: 50 })) {
    if (key.endsWith(':tags')) continue;
    ids.push(Number(key.slice(`${P}note:`.length)));
  }
  ids.sort((a, b) => a - b);
  res.json({ ids: ids.slice(0, limit), searched: searches.get(pattern) });
});

app.get('/any-note', async (req, res) => {
  let found = null;
  for await (const key of client.scanIterator({ MATCH: `${P}note:*`, TYPE: 'hash' })) {
    found = key;
    break;
  }
  res.json({ found: found !== null });
});

app.get('/report', async (req, res) => {
  const counts = {};
  for await (const { field, value } of client.hScanIterator(`${P}tag-counts`)) counts[field] = Number(value);
  let views = 0;
  for await (const { score } of client.zScanIterator(`${P}views`)) views += score;
  const report = { tags: Object.fromEntries(Object.entries(counts).sort()), views };
  const changed = lastReport === null || JSON.stringify(lastReport) !== JSON.stringify(report);
  lastReport = report;
  res.json({ ...report, changed, patterns: searches.size });
});

app.delete('/notes/:id', async (req, res) => {
  const tags = await client.sMembers(`${P}note:${req.params.id}:tags`);
  const multi = client.multi().del([`${P}note:${req.params.id}`, `${P}note:${req.params.id}:tags`]).zRem(`${P}views`, req.params.id);
  for (const tag of tags) multi.hIncrBy(`${P}tag-counts`, tag, -1);
  const [deleted] = await multi.exec();
  res.json({ deleted });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
