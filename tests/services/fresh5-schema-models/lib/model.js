// A tiny model layer: `define(name, schema)` makes a class whose fields are
// Object.defineProperty accessors generated in a loop (casting on set, dirty
// tracking in a Symbol-keyed set), instances kept in the class's own table,
// and `Reflect.ownKeys` / `Reflect.defineProperty` used to inspect and extend.
const DIRTY = Symbol('dirty');
const VALUES = Symbol('values');
const casts = { string: String, number: Number, boolean: (v) => v === true || v === 'true' };

function define(name, schema) {
  const Model = class {
    constructor(attrs = {}) {
      this[VALUES] = {};
      this[DIRTY] = new Set();
      Object.assign(this, attrs);
    }

    save() {
      const saved = [...this[DIRTY]];
      this[DIRTY].clear();
      Model.rows.set(this.id, this);
      Model.saves += 1;
      return saved;
    }

    toJSON() {
      return { ...this[VALUES] };
    }
  };
  Object.defineProperty(Model, 'name', { value: name });
  Model.rows = new Map();
  Model.saves = 0;
  for (const [field, type] of Object.entries(schema)) {
    Object.defineProperty(Model.prototype, field, {
      enumerable: true,
      configurable: true,
      get() { return this[VALUES][field]; },
      set(v) {
        const cast = casts[type](v);
        if (this[VALUES][field] !== cast) this[DIRTY].add(field);
        this[VALUES][field] = cast;
      },
    });
  }
  return Model;
}

module.exports = { define, DIRTY };
