'use strict';
const createError = require('http-errors');
const _ = require('lodash');

// a tiny in-memory ORM in the spirit of Sequelize's define(): each model keeps its rows and id counter
class Model {
  static init(attributes, { modelName, schema }) {
    this.modelName = modelName;
    this.attributes = attributes;
    this.schema = schema;
    this.rows = new Map();
    this.lastId = 0;
    this.hooks = { beforeCreate: [], afterCreate: [] };
    return this;
  }

  static addHook(name, fn) {
    this.hooks[name].push(fn);
  }

  static associate() {}

  static create(values) {
    const { error, value } = this.schema.validate(values, { abortEarly: false });
    if (error) throw createError(422, error.details.map((d) => d.message).join('; '));
    const record = new this({ ..._.pick(value, this.attributes), id: ++this.lastId });
    for (const hook of this.hooks.beforeCreate) hook(record);
    this.rows.set(record.id, record);
    for (const hook of this.hooks.afterCreate) hook(record);
    return record;
  }

  static findByPk(id) {
    return this.rows.get(Number(id)) ?? null;
  }

  static findAll({ where = {} } = {}) {
    return _.filter([...this.rows.values()], where);
  }

  static destroy(id) {
    return this.rows.delete(Number(id));
  }

  constructor(values) {
    Object.assign(this, values);
  }

  toJSON() {
    return _.pick(this, ['id', ...this.constructor.attributes]);
  }
}

module.exports = Model;
