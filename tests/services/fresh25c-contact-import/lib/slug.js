'use strict';
// Handles made from names; the replace callback counts what it had to change.
const replaced = {};
const taken = new Set();

const MAP = { 'é': 'e', 'è': 'e', 'ü': 'u', 'ö': 'o', 'ç': 'c', ' ': '-', '.': '-' };

function slugify(name) {
  const base = name.toLowerCase().replace(/[éèüöç .]/g, (ch) => {
    replaced[ch] = (replaced[ch] || 0) + 1;
    return MAP[ch];
  });
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

function release(slug) {
  return taken.delete(slug);
}

module.exports = { slugify, release, replaced };
