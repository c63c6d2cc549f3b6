const notes = [];
let nextId = 1;

export function listFor(owner) {
  return notes.filter((n) => n.owner === owner);
}

export function add(owner, text) {
  const note = { id: nextId++, owner, text, pinned: false };
  notes.push(note);
  return note;
}

export function find(id) {
  return notes.find((n) => n.id === id);
}

export function remove(id) {
  const i = notes.findIndex((n) => n.id === id);
  if (i >= 0) notes.splice(i, 1);
  return i >= 0;
}
