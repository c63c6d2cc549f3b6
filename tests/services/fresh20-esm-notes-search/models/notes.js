import { EventEmitter } from 'node:events';

export const bus = new EventEmitter();

class Notes {
  #byId = new Map();
  #tags = new Map(); // tag -> Set(id)
  #next = 1;

  #tag(id, tags) {
    for (const t of tags) {
      const key = t.toLowerCase();
      if (!this.#tags.has(key)) this.#tags.set(key, new Set());
      this.#tags.get(key).add(id);
    }
  }

  #untag(id) {
    for (const [tag, ids] of this.#tags) {
      ids.delete(id);
      if (!ids.size) this.#tags.delete(tag);
    }
  }

  create({ title, body, tags }) {
    const note = { id: this.#next++, title, body, tags: [...new Set(tags.map((t) => t.toLowerCase()))], edits: 0 };
    this.#byId.set(note.id, note);
    this.#tag(note.id, note.tags);
    bus.emit('saved', note);
    return { ...note };
  }

  update(id, { title, body, tags }) {
    const note = this.#byId.get(id);
    if (!note) return null;
    Object.assign(note, {
      title: title ?? note.title,
      body: body ?? note.body,
      ...(tags && { tags: tags.map((t) => t.toLowerCase()) }),
    });
    note.edits++;
    if (tags) {
      this.#untag(id);
      this.#tag(id, note.tags);
    }
    bus.emit('saved', note);
    return { ...note };
  }

  remove(id) {
    if (!this.#byId.delete(id)) return false;
    this.#untag(id);
    bus.emit('deleted', id);
    return true;
  }

  list(tag) {
    const ids = tag ? this.#tags.get(tag.toLowerCase()) ?? new Set() : null;
    return [...this.#byId.values()].filter((n) => !ids || ids.has(n.id));
  }

  get(id) {
    return this.#byId.get(id);
  }

  tagCounts() {
    return Object.fromEntries([...this.#tags].map(([t, ids]) => [t, ids.size]).sort(([a], [b]) => a.localeCompare(b)));
  }
}

export const notes = new Notes();
