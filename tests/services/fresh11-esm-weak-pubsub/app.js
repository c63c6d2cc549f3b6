// In-memory pub/sub: subscribers are plain objects; their counters live in a WeakMap and the muted
// ones in a WeakSet; each topic holds a SubscriberList class with a private array and a generator
// [Symbol.iterator] walked by for...of, Array.from and spread.
import express from 'express';
import { fileURLToPath } from 'node:url';
import * as broker from './src/broker.js';

const app = express();
app.use(express.json());

app.post('/subscriptions', (req, res) => {
  const { name, topics = [] } = req.body;
  let current = [];
  for (const t of topics) current = broker.subscribe(name, t);
  res.status(201).json({ name, topics: current });
});

app.delete('/subscriptions/:name/:topic', (req, res) => {
  res.json({ removed: broker.unsubscribe(req.params.name, req.params.topic) });
});

app.post('/subscribers/:name/:action(mute|unmute)', (req, res) => {
  const ok = broker[req.params.action](req.params.name);
  res.status(ok ? 200 : 404).json({ ok });
});

app.post('/publish/:topic', (req, res) => res.json(broker.publish(req.params.topic, req.body.text)));
app.get('/subscribers/:name', (req, res) => {
  const info = broker.describe(req.params.name);
  info ? res.json(info) : res.status(404).json({ error: 'no such subscriber' });
});
app.get('/topics', (req, res) => res.json(broker.topicSizes()));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
