// Long polling on an EventEmitter: `await once(bus, 'notify:<user>')` in an
// async handler, and a callback style `bus.once('broadcast', ...)` holding
// `res`; later requests emit and answer them. Unread notifications are kept
// for users nobody waits for.
const express = require('express');
const { once } = require('node:events');
const bus = require('./lib/bus');

const app = express();
app.use(express.json());

const inbox = new Map(); // user -> notifications nobody was waiting for
const waitingFor = new Set();

app.get('/notifications/:user/next', async (req, res) => {
  const { user } = req.params;
  const unread = inbox.get(user);
  if (unread?.length) return res.json({ ...unread.shift(), from: 'inbox' });
  waitingFor.add(user);
  const [notification] = await once(bus, `notify:${user}`);
  waitingFor.delete(user);
  res.json({ ...notification, from: 'live' });
});

app.post('/notifications/:user', (req, res) => {
  const { user } = req.params;
  const text = req.body?.text;
  if (!text) return res.status(400).json({ error: 'text required' });
  const listeners = bus.notify(user, { text });
  if (listeners === 0) {
    if (!inbox.has(user)) inbox.set(user, []);
    inbox.get(user).push({ seq: bus.sent, user, text });
  }
  res.status(202).json({ delivered: listeners > 0, unread: inbox.get(user)?.length ?? 0 });
});

app.get('/broadcasts/wait', (req, res) => {
  const who = req.get('x-user') || 'someone';
  bus.once('broadcast', (message, count) => {
    res.set('X-Listener', who).json({ message, count, who });
  });
  res.set('X-Waiting', String(bus.listenerCount('broadcast')));
});

app.post('/broadcasts', (req, res) => {
  const count = bus.listenerCount('broadcast');
  bus.emit('broadcast', req.body?.message ?? '(empty)', count);
  res.json({ reached: count, left: bus.listenerCount('broadcast') });
});

app.get('/status', (req, res) => {
  res.json({
    sent: bus.sent,
    waiting: [...waitingFor].sort(),
    inbox: Object.fromEntries([...inbox].map(([u, list]) => [u, list.length])),
    events: bus.eventNames().filter((n) => bus.listenerCount(n) > 0).sort(),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
