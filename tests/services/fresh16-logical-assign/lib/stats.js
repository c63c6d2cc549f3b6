'use strict';

const stats = {};

function hit(route) {
  stats[route] ||= { hits: 0, misses: 0 };
  stats[route].hits += 1;
}

function miss(route) {
  const entry = (stats[route] ??= { hits: 0, misses: 0 });
  entry.misses++;
}

module.exports = { stats, hit, miss };
