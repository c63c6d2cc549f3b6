'use strict';
const { Timestamped, Versioned } = require('./mixins');

class Entity {
  static #count = 0;
  static registry = new Map();

  static {
    Entity.kinds = ['product'];
  }

  static #nextId(prefix) {
    return `${prefix}-${++Entity.#count}`;
  }

  constructor(prefix) {
    this.id = Entity.#nextId(prefix);
    Entity.registry.set(this.id, this);
  }

  touch() { return this; }

  static get count() { return Entity.#count; }
}

class Product extends Versioned(Timestamped(Entity)) {
  #price = 0;
  #history = [];

  constructor(name, price) {
    super('p');
    this.name = name;
    this.price = price;
  }

  get price() { return this.#price; }

  set price(value) {
    if (!(Number.isFinite(value) && value >= 0)) throw new RangeError('bad price');
    if (this.#price !== value) this.#history.push(this.#price);
    this.#price = value;
  }

  discount(percent) {
    this.price = Math.round(this.price * (100 - percent)) / 100;
    return this.touch();
  }

  get history() { return [...this.#history]; }

  static hasPrice(obj) { return #price in obj; }

  toJSON() {
    return { id: this.id, name: this.name, price: this.price, version: this.version,
      createdAt: this.createdAt, updatedAt: this.updatedAt, history: this.history };
  }
}

class Bundle extends Timestamped(Entity) {
  constructor(items) {
    super('b');
    this.items = items;
  }
  touch() {
    this.items.forEach((item) => item.touch());
    return super.touch();
  }
  get total() {
    return this.items.reduce((sum, p) => sum + p.price, 0);
  }
}

module.exports = { Entity, Product, Bundle };
