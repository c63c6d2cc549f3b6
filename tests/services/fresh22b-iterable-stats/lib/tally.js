'use strict';
// Tallies written through `this` by callbacks handed a thisArg.
const byKind = { count: 0 };
const seenTags = new Set();

function countKind(item) {
  this[item.kind] = (this[item.kind] ?? 0) + 1;
  this.count++;
}

function tallyKinds(items) {
  items.forEach(countKind, byKind);
  return byKind;
}

function collectTags(items) {
  items.map(function (item) {
    for (const tag of item.tags) this.add(tag);
    return item.tags.length;
  }, seenTags);
  return [...seenTags].sort();
}

module.exports = { tallyKinds, collectTags };
