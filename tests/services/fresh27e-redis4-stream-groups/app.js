// Events in a Redis stream read by a consumer group (node-redis 4): the group made at start with
// MKSTREAM (BUSYGROUP ignored), a worker route reading new entries with XREADGROUP (COUNT, no
// BLOCK) and acknowledging the ones it handled, the rest left pending and claimed again later;
// in process, the totals per event type and the ids that failed.
const express = require('express');
const { createClient } = require('redis');

const STREAM = 'fresh27e-redis4-stream-groups:events';
const GROUP = 'billing';
const client = createClient({ url: process.env.REDIS_URL });
client.on('error', (err) => console.error('redis', err));

const totals = {};
const failed = new Set();
let seq = 0;

const app = express();
app.use(express.json());

app.post('/events', async (req, res) => {
  seq += 1;
  const id = await client.xAdd(STREAM, `${seq}-0`, { type: req.body.type, amount: String(req.body.amount ?? 0) });
  res.status(201).json({ id });
});

app.post('/work/:consumer', async (req, res) => {
  const reply = await client.xReadGroup(GROUP, req.params.consumer, { key: STREAM, id: '>' }, { COUNT: Number(req.query.count ?? 2) });
  const handled = [];
  for (const { id, message } of reply?.[0]?.messages ?? []) {
    if (message.type === 'refund' && !failed.has(id)) {
      failed.add(id);
      continue;
    }
    totals[message.type] = (totals[message.type] ?? 0) + Number(message.amount);
    await client.xAck(STREAM, GROUP, id);
    handled.push(id);
  }
  res.json({ handled, totals });
});

app.post('/reclaim/:consumer', async (req, res) => {
  const { messages } = await client.xAutoClaim(STREAM, GROUP, req.params.consumer, 0, '0-0', { COUNT: 10 });
  const handled = [];
  for (const { id, message } of messages) {
    totals[message.type] = (totals[message.type] ?? 0) + Number(message.amount);
    await client.xAck(STREAM, GROUP, id);
    failed.delete(id);
    handled.push(id);
  }
  res.json({ handled, totals });
});

app.get('/pending', async (req, res) => {
  const summary = await client.xPending(STREAM, GROUP);
  res.json({ pending: summary.pending, consumers: summary.consumers, failed: [...failed] });
});

app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

(async () => {
  await client.connect();
  try {
    await client.xGroupCreate(STREAM, GROUP, '0', { MKSTREAM: true });
  } catch (err) {
    if (!String(err.message).includes('BUSYGROUP')) throw err;
  }
  app.listen(process.env.PORT ?? 3000);
})();
