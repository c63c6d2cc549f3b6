class Model {
  static #stores = new Map();

  static get store() {
    if (!Model.#stores.has(this)) Model.#stores.set(this, new Map());
    return Model.#stores.get(this);
  }

  static nextId = 1;

  static create(fields) {
    const record = new this({ id: this.nextId++, ...fields });
    this.store.set(record.id, record);
    return record;
  }

  static all() { return [...this.store.values()]; }

  constructor(fields) { Object.assign(this, fields); }

  toJSON() { return { kind: this.constructor.name, ...this }; }
}

module.exports = Model;
