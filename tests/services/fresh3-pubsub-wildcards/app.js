// Pub/sub inside the service: a broker made by a factory (handlers in a Map of
// Sets in its closure, a getter for stats), subscribers that are closures over
// per-subscriber inboxes, unsubscribe functions kept in a Map and called later,
// retained messages replayed on subscribe.
const express = require('express');
const { createBroker } = require('./broker');

const broker = createBroker();
const inboxes = new Map();
const cancels = new Map();

const app = express();
app.use(express.json());

app.post('/subscribers/:name', (req, res) => {
  const { name } = req.params;
  const { pattern } = req.body;
  const inbox = inboxes.get(name) ?? [];
  inboxes.set(name, inbox);
  const off = broker.subscribe(pattern, (msg, topic) => inbox.push(`${topic}:${msg.text}`));
  cancels.set(`${name} ${pattern}`, off);
  res.status(201).json({ name, pattern, inbox });
});

app.delete('/subscribers/:name', (req, res) => {
  const key = `${req.params.name} ${req.query.pattern}`;
  const off = cancels.get(key);
  if (!off) return res.status(404).json({ error: 'no such subscription' });
  off();
  cancels.delete(key);
  res.json({ cancelled: key, left: [...cancels.keys()] });
});

app.post('/publish/:topic', (req, res) => {
  const n = broker.publish(req.params.topic, { text: req.body.text }, { retain: req.query.retain === '1' });
  res.json({ topic: req.params.topic, delivered: n });
});

app.get('/inbox/:name', (req, res) => {
  const inbox = inboxes.get(req.params.name) ?? [];
  const drained = inbox.splice(0, Number(req.query.take ?? inbox.length));
  res.json({ drained, remaining: inbox.length });
});

app.get('/stats', (req, res) => res.json(broker.stats));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
