const quota = require('./quota');

const notes = [];
let nextId = 1;

function add(user, text) {
  const bytes = quota.sizeOf(text);
  if (!quota.charge(user, bytes)) return null;
  const note = { id: nextId++, user, blob: new Blob([text], { type: 'text/plain;charset=utf-8' }), bytes };
  notes.push(note);
  return note;
}

function remove(id) {
  const i = notes.findIndex((n) => n.id === id);
  if (i === -1) return false;
  const [note] = notes.splice(i, 1);
  quota.refund(note.user, note.bytes);
  return true;
}

async function render(note) {
  return { id: note.id, user: note.user, bytes: note.bytes, type: note.blob.type, text: await note.blob.text() };
}

function byUser(user) {
  return notes.filter((n) => n.user === user);
}

module.exports = { add, remove, render, byUser, all: () => notes };
