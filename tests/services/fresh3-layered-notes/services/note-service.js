const repo = require('../repositories/note-repository');
const { nextId } = require('../lib/ids');
const { tag, untag, find } = require('../lib/tags');

class NotFoundError extends Error {
  constructor(what) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
    this.status = 404;
  }
}

function create({ title, body = '', tags = [] }) {
  if (!title?.trim()) {
    const err = new Error('title is required');
    err.status = 422;
    throw err;
  }
  const note = repo.insert({ id: nextId('note'), title: title.trim(), body, tags, version: 1 });
  tag(note.id, tags);
  return note;
}

function edit(id, patch) {
  const allowed = Object.fromEntries(Object.entries(patch).filter(([k]) => ['title', 'body'].includes(k)));
  const note = repo.update(id, allowed);
  if (!note) throw new NotFoundError(`note ${id}`);
  return note;
}

function retag(id, tags) {
  const note = repo.findById(id);
  if (!note) throw new NotFoundError(`note ${id}`);
  untag(id);
  note.tags.splice(0, note.tags.length, ...tags);
  tag(id, note.tags);
  return note;
}

function destroy(id) {
  if (!repo.remove(id)) throw new NotFoundError(`note ${id}`);
  untag(id);
}

const byTag = (t) => find(t).map((id) => repo.findById(id).title);

module.exports = { create, edit, retag, destroy, byTag, NotFoundError };
