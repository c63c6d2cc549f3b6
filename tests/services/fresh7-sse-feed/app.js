// Server-sent events: GET /events holds its response open and gets `res.write`
// chunks as events are published by later requests; a backlog replays what a
// client missed (Last-Event-ID); a later request ends one stream or all of them.
const express = require('express');

const BACKLOG_SIZE = 5;

const app = express();
app.use(express.json());

const clients = new Map(); // id -> { id, topic, res, sent }
const backlog = [];
let nextClientId = 1;
let lastEventId = 0;

const matches = (client, event) => client.topic === 'all' || client.topic === event.topic;

function send(client, event) {
  client.res.write(`id: ${event.id}\nevent: ${event.topic}\ndata: ${JSON.stringify(event.data)}\n\n`);
  client.sent += 1;
}

function endStream(client, reason) {
  client.res.write(`event: bye\ndata: ${reason}\n\n`);
  client.res.end();
  clients.delete(client.id);
}

app.get('/events', (req, res) => {
  const client = { id: nextClientId++, topic: req.query.topic || 'all', res, sent: 0 };
  res.set({
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    'X-Client-Id': String(client.id),
  });
  res.flushHeaders();
  res.write(`retry: 10000\n: client ${client.id} on ${client.topic}\n\n`);

  const seen = Number(req.get('last-event-id') ?? 0);
  backlog.filter((e) => e.id > seen && matches(client, e)).forEach((e) => send(client, e));

  clients.set(client.id, client);
  res.on('close', () => clients.delete(client.id));
});

app.post('/publish', (req, res) => {
  const { topic, data } = req.body ?? {};
  if (!topic) return res.status(400).json({ error: 'topic is required' });
  const event = { id: ++lastEventId, topic, data: data ?? null };
  backlog.push(event);
  if (backlog.length > BACKLOG_SIZE) backlog.shift();
  const sentTo = [];
  for (const client of clients.values()) {
    if (!matches(client, event)) continue;
    send(client, event);
    sentTo.push(client.id);
  }
  res.status(202).json({ id: event.id, sentTo });
});

app.get('/clients', (req, res) => {
  res.json([...clients.values()].map(({ id, topic, sent }) => ({ id, topic, sent })));
});

app.post('/clients/:id/end', (req, res) => {
  const client = clients.get(Number(req.params.id));
  if (!client) return res.status(404).json({ error: 'no such client' });
  endStream(client, 'ended by admin');
  res.json({ ended: client.id, sent: client.sent });
});

app.post('/shutdown', (req, res) => {
  const ids = [...clients.keys()];
  for (const client of [...clients.values()]) endStream(client, 'server shutting down');
  res.json({ ended: ids, backlog: backlog.map((e) => e.id) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
