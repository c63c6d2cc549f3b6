// Order notifications over Redis pub/sub, as node-redis 4's README shows it: a publisher
// client and a subscriber made with `duplicate()`, both connected by a top-level await;
// the subscriber's listener pushes each message into a module array and counts them by
// kind, a pattern subscription (pSubscribe) tallies every channel under `orders.*`; a
// request publishes, a later one reads what arrived.
import express from 'express';
import { createClient } from 'redis';
import { fileURLToPath } from 'node:url';

const CH = 'fresh25a-esm-pubsub-notifier';
const publisher = createClient({ url: process.env.REDIS_URL });
const subscriber = publisher.duplicate();
publisher.on('error', (e) => console.error('pub', e));
subscriber.on('error', (e) => console.error('sub', e));
await Promise.all([publisher.connect(), subscriber.connect()]);

const inbox = [];
const byKind = {};
const perChannel = {};

await subscriber.subscribe(`${CH}:orders.created`, (message) => {
  const order = JSON.parse(message);
  inbox.push(`created ${order.id} for ${order.customer}`);
  byKind.created = (byKind.created ?? 0) + 1;
});
await subscriber.pSubscribe(`${CH}:orders.*`, (message, channel) => {
  const name = channel.slice(CH.length + 1);
  perChannel[name] = (perChannel[name] ?? 0) + 1;
});

let nextId = 1;
const app = express();
app.use(express.json());

app.post('/orders', async (req, res) => {
  const order = { id: nextId++, customer: req.body.customer };
  const receivers = await publisher.publish(`${CH}:orders.created`, JSON.stringify(order));
  res.status(201).json({ order, receivers });
});

app.post('/orders/:id/ship', async (req, res) => {
  const receivers = await publisher.publish(`${CH}:orders.shipped`, req.params.id);
  res.json({ receivers });
});

app.get('/inbox', (req, res) => {
  res.json({ inbox, byKind, perChannel });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
