// An event log on a node-redis 4 stream: xAdd with ids from a module counter,
// xRange/xRevRange with COUNT, xLen, xDel, xTrim by MAXLEN; a consumer position
// per reader kept in a Map, reads answered from after it.
const express = require('express');
const { createClient } = require('redis');

const STREAM = 'fresh-redis4-events:log';
const client = createClient({ url: process.env.REDIS_URL });
client.connect();

let seq = 0;
const positions = new Map();

const nextId = () => `${1000 + ++seq}-0`;
const flatten = (entries) => entries.map(({ id, message }) => ({ id, ...message }));

const app = express();
app.use(express.json());

app.post('/events', async (req, res, next) => {
  try {
    const { type, ...fields } = req.body;
    const id = await client.xAdd(STREAM, nextId(), { type, ...Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, String(v)])) });
    res.status(201).json({ id, length: await client.xLen(STREAM) });
  } catch (err) {
    next(err);
  }
});

app.get('/events', async (req, res) => {
  const count = Number(req.query.count ?? 10);
  const entries = req.query.order === 'desc'
    ? await client.xRevRange(STREAM, '+', '-', { COUNT: count })
    : await client.xRange(STREAM, '-', '+', { COUNT: count });
  res.json(flatten(entries));
});

app.get('/readers/:name/next', async (req, res) => {
  const after = positions.get(req.params.name) ?? '0-0';
  const entries = await client.xRange(STREAM, `(${after}`, '+', { COUNT: 2 });
  if (entries.length) positions.set(req.params.name, entries.at(-1).id);
  res.json({ from: after, events: flatten(entries) });
});

app.delete('/events/:id', async (req, res) => {
  res.json({ deleted: await client.xDel(STREAM, req.params.id) });
});

app.post('/trim/:max', async (req, res) => {
  const trimmed = await client.xTrim(STREAM, 'MAXLEN', Number(req.params.max));
  res.json({ trimmed, length: await client.xLen(STREAM), readers: Object.fromEntries(positions) });
});

app.use((err, req, res, next) => res.status(400).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
