'use strict';
const { Countable, Timestamped } = require('./mixins');

const tables = new Map();
let writes = 0;

class Model {
  constructor(attrs = {}) {
    Object.assign(this, attrs);
  }

  static table() {
    if (!tables.has(this.name)) tables.set(this.name, new Map());
    return tables.get(this.name);
  }

  static find(id) {
    return this.table().get(Number(id)) || null;
  }

  static all() {
    return [...this.table().values()];
  }

  save(by = 'system') {
    const table = this.constructor.table();
    if (this.id == null) this.id = table.size + 1;
    table.set(this.id, this);
    writes++;
    this.touch(by);
    this.countUse('save');
    return this;
  }

  toJSON() {
    const { id, version, ...rest } = this;
    return { id, version, ...rest };
  }
}

Object.assign(Model.prototype, Countable, Timestamped);

module.exports = { Model, stats: () => ({ writes, tables: [...tables.keys()] }) };
