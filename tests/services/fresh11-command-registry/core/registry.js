'use strict';

// command handlers register themselves by name; middlewares wrap every dispatch
const handlers = new Map();
const middlewares = [];
const stats = { dispatched: 0, unknown: 0 };

function register(name, handler, { aliases = [] } = {}) {
  for (const n of [name, ...aliases]) handlers.set(n, handler);
}

function use(mw) {
  middlewares.push(mw);
}

function dispatch(name, payload) {
  const handler = handlers.get(name);
  if (!handler) {
    stats.unknown++;
    return { ok: false, error: `unknown command ${name}` };
  }
  stats.dispatched++;
  const run = middlewares.reduceRight((next, mw) => (p) => mw(name, p, next), handler);
  return run(payload);
}

module.exports = { register, use, dispatch, stats, names: () => [...handlers.keys()].sort() };
