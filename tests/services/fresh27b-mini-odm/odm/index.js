'use strict';
// A Mongoose-shaped mini ODM: schemas with pre/post hooks, methods, statics and virtuals,
// compiled into model classes kept in a registry by name.

class Schema {
  constructor(fields) {
    this.fields = fields;
    this.methods = {};
    this.statics = {};
    this.virtuals = {};
    this.hooks = { pre: {}, post: {} };
  }
  pre(op, fn) { (this.hooks.pre[op] ||= []).push(fn); return this; }
  post(op, fn) { (this.hooks.post[op] ||= []).push(fn); return this; }
  virtual(name) {
    const v = (this.virtuals[name] = {});
    return { get(fn) { v.get = fn; return this; }, set(fn) { v.set = fn; return this; } };
  }
}

const models = {};

function model(name, schema) {
  const docs = [];
  let seq = 0;
  class Model {
    constructor(data) {
      for (const key of Object.keys(schema.fields)) this[key] = data[key] ?? schema.fields[key].default;
    }
    save() {
      for (const fn of schema.hooks.pre.save || []) fn.call(this);
      if (this._id === undefined) {
        this._id = ++seq;
        docs.push(this);
      }
      for (const fn of schema.hooks.post.save || []) fn.call(this, this);
      return this;
    }
    static find(pred = () => true) { return docs.filter(pred); }
    static findById(id) { return docs.find((d) => d._id === Number(id)) || null; }
  }
  Object.defineProperty(Model, 'name', { value: name });
  Object.assign(Model.prototype, schema.methods);
  Object.assign(Model, schema.statics);
  for (const [key, v] of Object.entries(schema.virtuals)) {
    Object.defineProperty(Model.prototype, key, { get: v.get, set: v.set, configurable: true });
  }
  models[name] = Model;
  return Model;
}

model.get = (name) => {
  if (!models[name]) throw new Error(`Schema hasn't been registered for model "${name}".`);
  return models[name];
};

module.exports = { Schema, model };
