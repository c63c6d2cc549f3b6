'use strict';

class Entity {
  static #registry = new Map();
  static #nextId = 1;
  #version = 0;
  #history = [];

  constructor(kind) {
    this.id = `${kind}-${Entity.#nextId++}`;
    this.kind = kind;
    Entity.#registry.set(this.id, this);
  }

  touch(what) {
    this.#version += 1;
    this.#history.push(what);
    return this.#version;
  }

  get version() {
    return this.#version;
  }

  get history() {
    return this.#history.slice(-4);
  }

  static find(id) {
    return Entity.#registry.get(id);
  }

  static count() {
    return Entity.#registry.size;
  }

  static *all() {
    yield* Entity.#registry.values();
  }

  static kinds() {
    const out = {};
    for (const { kind } of Entity.#registry.values()) out[kind] = (out[kind] ?? 0) + 1;
    return out;
  }

  toJSON() {
    return { id: this.id, kind: this.kind, version: this.#version };
  }
}

module.exports = { Entity };
