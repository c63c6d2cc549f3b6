const notes = [];
export function add(text) { notes.push({ id: notes.length + 1, text }); return notes.length; }
export function all() { return notes.slice(); }
