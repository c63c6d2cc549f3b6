export class Note {
  static #nextId = 1;
  static count = 0;
  #history = [];

  static {
    Note.kinds = Object.freeze(['text', 'todo']);
  }

  constructor({ title, body = '', kind = 'text', tags = [] }) {
    this.id = Note.#nextId++;
    Note.count += 1;
    this.title = title.trim();
    this.body = body;
    this.kind = Note.kinds.includes(kind) ? kind : 'text';
    this.tags = [...new Set(tags.map((t) => t.toLowerCase()))];
    this.version = 1;
  }

  get summary() {
    return `${this.title}${this.body ? ': ' + this.body.slice(0, 12) : ''}`;
  }

  update(patch) {
    this.#history.push({ title: this.title, body: this.body, version: this.version });
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'id' || key === 'version') continue;
      if (Object.hasOwn(this, key)) this[key] = value;
    }
    this.version++;
    return this;
  }

  revert() {
    const prev = this.#history.pop();
    if (!prev) return false;
    Object.assign(this, prev);
    return true;
  }

  get revisions() {
    return this.#history.length;
  }

  toJSON() {
    return { id: this.id, title: this.title, body: this.body, kind: this.kind, tags: this.tags,
      version: this.version, revisions: this.revisions };
  }
}
