// Chat rooms with long polling: GET /rooms/:room/wait keeps its `res` in a
// module-level list until a later POST publishes to the room, or its timeout
// (60 s, or ?timeout=ms) answers 204; closing a room answers its waiters.
const express = require('express');

const POLL_TIMEOUT_MS = 60_000;
const MIN_TIMEOUT_MS = 100;

const app = express();
app.use(express.json());

const rooms = new Map(); // name -> { name, messages, nextId }
const waiting = [];      // { room, since, user, res, timer }
const timedOut = [];

function roomOf(name, create = true) {
  let room = rooms.get(name);
  if (!room && create) {
    room = { name, messages: [], nextId: 1 };
    rooms.set(name, room);
  }
  return room;
}

const newerThan = (room, since) => room.messages.filter((m) => m.id > since);

function release(waiter) {
  clearTimeout(waiter.timer);
  const i = waiting.indexOf(waiter);
  if (i !== -1) waiting.splice(i, 1);
}

app.get('/rooms/:room/wait', (req, res) => {
  const room = roomOf(req.params.room);
  const since = Number(req.query.since ?? 0);
  const ready = newerThan(room, since);
  if (ready.length > 0) {
    return res.json({ messages: ready, waited: false });
  }
  const waiter = { room: room.name, since, user: req.get('x-user') ?? 'anonymous', res };
  const timeout = Math.max(MIN_TIMEOUT_MS, Number(req.query.timeout) || POLL_TIMEOUT_MS);
  waiter.timer = setTimeout(() => {
    release(waiter);
    timedOut.push(waiter.user);
    res.set('X-Poll-Timeout', String(timeout)).status(204).end();
  }, timeout);
  waiting.push(waiter);
});

app.get('/rooms/:room/waiting', (req, res) => {
  const users = waiting.filter((w) => w.room === req.params.room).map((w) => w.user);
  res.json({ room: req.params.room, users, timedOut });
});

app.post('/rooms/:room/messages', (req, res) => {
  const { text, from = 'anonymous' } = req.body ?? {};
  if (typeof text !== 'string' || !text.trim()) {
    return res.status(400).json({ error: 'text is required' });
  }
  const room = roomOf(req.params.room);
  const message = { id: room.nextId++, from, text: text.trim() };
  room.messages.push(message);

  const listeners = waiting.filter((w) => w.room === room.name);
  for (const waiter of listeners) {
    release(waiter);
    waiter.res.set('X-Delivered-To', waiter.user);
    waiter.res.json({ messages: newerThan(room, waiter.since), waited: true });
  }
  res.status(201).json({ ...message, delivered: listeners.length });
});

app.get('/rooms/:room/messages', (req, res) => {
  const room = roomOf(req.params.room, false);
  if (!room) return res.status(404).json({ error: `no room ${req.params.room}` });
  const limit = Math.max(1, Number(req.query.limit) || 50);
  res.json({ room: room.name, messages: room.messages.slice(-limit) });
});

app.post('/rooms/:room/close', (req, res) => {
  const room = roomOf(req.params.room, false);
  if (!room) return res.status(404).json({ error: `no room ${req.params.room}` });
  const kicked = waiting.filter((w) => w.room === room.name);
  kicked.forEach((w) => {
    release(w);
    w.res.status(410).json({ error: 'room closed', room: room.name });
  });
  rooms.delete(room.name);
  res.json({ closed: room.name, kicked: kicked.map((w) => w.user), messages: room.messages.length });
});

app.get('/rooms', (req, res) => {
  res.json([...rooms.values()].map((r) => ({ name: r.name, messages: r.messages.length })));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
