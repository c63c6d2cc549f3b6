import { Note } from '../models/note.js';
import { NotFoundError, ValidationError } from '../utils/errors.js';

class NoteRepo {
  #notes = new Map();
  #byTag = new Map();

  #index(note) {
    for (const tag of note.tags) {
      this.#byTag.get(tag) ?? this.#byTag.set(tag, new Set());
      this.#byTag.get(tag).add(note.id);
    }
  }

  #unindex(note) {
    for (const tag of note.tags) {
      this.#byTag.get(tag)?.delete(note.id);
      if (this.#byTag.get(tag)?.size === 0) this.#byTag.delete(tag);
    }
  }

  create(data) {
    if (!data?.title?.trim()) throw new ValidationError('title is required');
    const note = new Note(data);
    this.#notes.set(note.id, note);
    this.#index(note);
    return note;
  }

  get(id) {
    const note = this.#notes.get(id);
    if (!note) throw new NotFoundError(`note ${id}`);
    return note;
  }

  update(id, patch) {
    const note = this.get(id);
    this.#unindex(note);
    note.update(patch);
    this.#index(note);
    return note;
  }

  revert(id) {
    const note = this.get(id);
    this.#unindex(note);
    const ok = note.revert();
    this.#index(note);
    return ok;
  }

  remove(id) {
    const note = this.get(id);
    this.#unindex(note);
    this.#notes.delete(id);
    return note;
  }

  list({ tag, q } = {}) {
    let items = [...this.#notes.values()];
    if (tag) items = items.filter((n) => this.#byTag.get(tag)?.has(n.id));
    if (q) items = items.filter((n) => n.title.toLowerCase().includes(q.toLowerCase()));
    return items.sort((a, b) => a.title.localeCompare(b.title));
  }

  get tags() {
    return Object.fromEntries([...this.#byTag].map(([t, ids]) => [t, ids.size]).sort(([a], [b]) => a.localeCompare(b)));
  }
}

export default new NoteRepo();
