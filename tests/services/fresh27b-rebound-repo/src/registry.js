'use strict';
// Repositories registered under Symbols, so nobody collides on a string name.
const REPOS = Symbol('repos');
const kinds = { users: Symbol('users'), teams: Symbol('teams') };

const registry = {
  [REPOS]: new Map(),
  register(kind, repo) { this[REPOS].set(kind, repo); return repo; },
  get(kind) { return this[REPOS].get(kind); },
  get size() { return this[REPOS].size; },
};

module.exports = { registry, kinds };
