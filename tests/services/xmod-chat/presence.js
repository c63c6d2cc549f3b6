// Who is in which room: kept here, fed by the bus.
const bus = require('./bus');

const rooms = {};
bus.on('join', ({ room, user }) => { (rooms[room] ??= new Set()).add(user); });
bus.on('leave', ({ room, user }) => {
  rooms[room]?.delete(user);
  if (rooms[room]?.size === 0) delete rooms[room];
});

exports.members = (room) => [...(rooms[room] ?? [])].sort();
exports.rooms = () => Object.keys(rooms).sort();
