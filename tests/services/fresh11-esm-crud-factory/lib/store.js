export class ValidationError extends Error {
  name = 'ValidationError';
  status = 422;
  constructor(message, fields = []) {
    super(message);
    this.fields = fields;
  }
}

export class MemoryStore {
  static #stores = 0;
  static get created() {
    return MemoryStore.#stores;
  }

  #items = new Map();
  #nextId = 1;
  #schema;

  constructor(label, schema = {}) {
    MemoryStore.#stores++;
    this.label = label;
    this.#schema = schema;
  }

  #check(data, partial = false) {
    const missing = Object.entries(this.#schema)
      .filter(([key, rule]) => rule.required && !partial && !Object.hasOwn(data, key))
      .map(([key]) => key);
    const wrong = Object.keys(data).filter((k) => this.#schema[k] && typeof data[k] !== this.#schema[k].type);
    if (missing.length || wrong.length) {
      throw new ValidationError(`invalid ${this.label}`, [...missing.map((m) => `${m}:missing`), ...wrong.map((w) => `${w}:type`)]);
    }
  }

  list({ offset = 0, limit = 10 } = {}) {
    return [...this.#items.values()].slice(offset, offset + limit);
  }

  get(id) {
    return this.#items.get(id) ?? null;
  }

  create(data) {
    this.#check(data);
    const item = { id: this.#nextId++, ...data };
    this.#items.set(item.id, item);
    return item;
  }

  patch(id, changes) {
    const item = this.#items.get(id);
    if (!item) return null;
    this.#check(changes, true);
    const { id: _ignored, ...rest } = changes;
    Object.assign(item, rest);
    return item;
  }

  remove(id) {
    return this.#items.delete(id);
  }

  get size() {
    return this.#items.size;
  }
}
