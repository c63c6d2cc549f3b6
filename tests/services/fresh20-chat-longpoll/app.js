// A chat room with long polling written with async/await: `GET /rooms/:room/poll` awaits a promise
// whose resolver waits in a Map of Sets (room -> waiters) until a later `POST` resolves it, or its
// own timer resolves it empty (answered 204); rooms kept by a class with #private fields, messages
// numbered per room, the member list a Set written on each post, and typing notices set by
// `||=`/`??=` and cleared by a later message.
'use strict';
const express = require('express');
const rooms = require('./lib/rooms');
const { waitFor, notify, waiting } = require('./lib/waiters');

const app = express();
app.use(express.json());

app.post('/rooms/:room/messages', (req, res) => {
  const text = req.body?.text?.trim();
  if (!text) return res.status(400).json({ error: 'text required' });
  const message = rooms.post(req.params.room, req.get('x-user') ?? 'anon', text);
  const woken = notify(req.params.room, message);
  res.status(201).json({ ...message, woken });
});

app.get('/rooms/:room/poll', async (req, res) => {
  const { room } = req.params;
  const since = Number(req.query.since ?? 0);
  const ready = rooms.since(room, since);
  if (ready.length) return res.json({ messages: ready, waited: false });
  const message = await waitFor(room, Number(req.query.timeout ?? 30000));
  if (!message) return res.status(204).end();
  res.json({ messages: rooms.since(room, since), waited: true, for: req.get('x-user') ?? null });
});

app.post('/rooms/:room/typing', (req, res) => {
  res.json(rooms.typing(req.params.room, req.get('x-user') ?? 'anon'));
});

app.get('/rooms/:room', (req, res) => {
  res.json({ ...rooms.summary(req.params.room), waiting: waiting(req.params.room) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
