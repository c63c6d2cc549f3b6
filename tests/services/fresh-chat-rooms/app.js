// Chat rooms, each its own EventEmitter held in a Map: members subscribe with on,
// a welcome listener with once, leaving removes the member's listener with off;
// messages are delivered into per-member inboxes by the listeners.
const express = require('express');
const { EventEmitter } = require('events');

const rooms = new Map();
const inboxes = {};

function roomFor(name) {
  let room = rooms.get(name);
  if (!room) {
    room = new EventEmitter();
    room.members = new Map();
    room.sent = 0;
    room.once('message', (msg) => { room.first = `${msg.from}: ${msg.text}`; });
    rooms.set(name, room);
  }
  return room;
}

function join(roomName, user) {
  const room = roomFor(roomName);
  if (room.members.has(user)) return false;
  const deliver = (msg) => {
    if (msg.from !== user) (inboxes[user] ??= []).push(`[${roomName}] ${msg.from}: ${msg.text}`);
  };
  room.members.set(user, deliver);
  room.on('message', deliver);
  return true;
}

function leave(roomName, user) {
  const room = rooms.get(roomName);
  const deliver = room?.members.get(user);
  if (!deliver) return false;
  room.off('message', deliver);
  room.members.delete(user);
  return true;
}

const app = express();
app.use(express.json());

app.post('/rooms/:room/join/:user', (req, res) => {
  const joined = join(req.params.room, req.params.user);
  res.json({ joined, listeners: rooms.get(req.params.room).listenerCount('message') });
});

app.post('/rooms/:room/leave/:user', (req, res) => {
  res.json({ left: leave(req.params.room, req.params.user), listeners: rooms.get(req.params.room)?.listenerCount('message') ?? 0 });
});

app.post('/rooms/:room/messages', (req, res) => {
  const room = rooms.get(req.params.room);
  if (!room) return res.status(404).json({ error: 'no such room' });
  room.sent++;
  const delivered = room.emit('message', { from: req.body.from, text: req.body.text });
  res.status(201).json({ delivered, sent: room.sent, first: room.first });
});

app.get('/inbox/:user', (req, res) => {
  const messages = inboxes[req.params.user] ?? [];
  inboxes[req.params.user] = [];
  res.json(messages);
});

app.get('/rooms', (req, res) => {
  res.json([...rooms].map(([name, room]) => ({ name, members: [...room.members.keys()], sent: room.sent })));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
