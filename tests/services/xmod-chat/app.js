// Chat rooms: the routes emit on a shared bus (bus.js); presence.js listens and keeps
// who is where; messages are kept per room with a bounded history.
const express = require('express');
const bus = require('./bus');
const presence = require('./presence');

const app = express();
app.use(express.json());

const history = new Map();
let sent = 0;
bus.on('message', ({ room, user, text }) => {
  const lines = history.get(room) ?? [];
  lines.push(`${user}: ${text}`);
  history.set(room, lines.slice(-3));
  sent++;
});

app.post('/rooms/:room/join', (req, res) => {
  bus.emit('join', { room: req.params.room, user: req.body.user });
  res.json({ members: presence.members(req.params.room) });
});

app.post('/rooms/:room/leave', (req, res) => {
  bus.emit('leave', { room: req.params.room, user: req.body.user });
  res.json({ rooms: presence.rooms() });
});

app.post('/rooms/:room/messages', (req, res) => {
  const { user, text } = req.body;
  if (!presence.members(req.params.room).includes(user)) {
    return res.status(403).json({ error: `${user} is not in ${req.params.room}` });
  }
  bus.emit('message', { room: req.params.room, user, text });
  res.status(201).json({ sent, listeners: bus.listenerCount('message') });
});

app.get('/rooms/:room', (req, res) => {
  res.json({ members: presence.members(req.params.room), history: history.get(req.params.room) ?? [] });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
