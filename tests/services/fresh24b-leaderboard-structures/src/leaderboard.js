'use strict';
const FixedReverseHeap = require('mnemonist/fixed-reverse-heap');
const DefaultMap = require('mnemonist/default-map');
const CircularBuffer = require('mnemonist/circular-buffer');
const LRUMapWithDelete = require('mnemonist/lru-map-with-delete');
const players = require('./players');

const ratings = new DefaultMap(() => 1000);
const history = new DefaultMap(() => []);
const feed = new CircularBuffer(Array, 4);
const profiles = new LRUMapWithDelete(2);
const stats = { profileBuilds: 0 };

const K = 32;
const expected = (a, b) => 1 / (1 + 10 ** ((b - a) / 400));

function recordMatch(winner, loser) {
  const rw = ratings.get(winner);
  const rl = ratings.get(loser);
  const delta = Math.round(K * (1 - expected(rw, rl)));
  ratings.set(winner, rw + delta);
  ratings.set(loser, rl - delta);
  history.get(winner).push(`W:${loser}`);
  history.get(loser).push(`L:${winner}`);
  profiles.delete(winner);
  profiles.delete(loser);
  feed.push(`${players.handleOf(winner)} beat ${players.handleOf(loser)} (+${delta})`);
  return delta;
}

function top(n) {
  const heap = new FixedReverseHeap(Array, (a, b) => b.rating - a.rating || (a.id < b.id ? -1 : 1), n);
  for (const [id, rating] of ratings) heap.push({ id, rating });
  return heap.consume().map(({ id, rating }) => ({ handle: players.handleOf(id), rating }));
}

function profile(id) {
  let p = profiles.get(id);
  if (!p) {
    stats.profileBuilds++;
    const h = history.peek(id) ?? [];
    p = { handle: players.handleOf(id), rating: ratings.peek(id) ?? 1000, wins: h.filter((x) => x[0] === 'W').length, games: h.length };
    profiles.set(id, p);
  }
  return p;
}

function recentFeed() {
  return feed.toArray();
}

module.exports = { recordMatch, top, profile, recentFeed, stats, profiles };
